package dev.integrations.sandbox;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The connect flow's guarantees, checked end to end against the stand-ins: credentials handed out
 * once, replays rejected before the provider is called, ids that cannot collide, denied consent
 * reported, and expired tokens refreshed.
 */
class ServiceConnectionRulesTest extends ServiceFlows {

	@Test
	void parallelCredentialsCallsGetOneSuccess() throws Exception {
		connect("notion", "U-parallel", "O-1");
		int callers = 30;
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Integer>> statuses = new ArrayList<>();

		try (ExecutorService executor = Executors.newFixedThreadPool(callers)) {
			for (int i = 0; i < callers; i++) {
				statuses.add(executor.submit(() -> {
					start.await();
					return credentials("notion", "U-parallel", "O-1").statusCode();
				}));
			}
			start.countDown();
			List<Integer> collected = new ArrayList<>();
			for (Future<Integer> status : statuses) {
				collected.add(status.get());
			}

			assertThat(collected).filteredOn((status) -> status == 200).hasSize(1);
			assertThat(collected).filteredOn((status) -> status == 404).hasSize(callers - 1);
		}
	}

	@Test
	void replayedCallbackCallsTokenEndpointOnce() {
		Connection connection = connect("airtable", "U-replay", "O-1");

		HttpResponse<String> replay = get(connection.callbackUrl());

		assertThat(replay.statusCode()).isEqualTo(400);
		assertThat(replay.body()).contains("unknown, expired or was already used");
		assertThat(this.events.tokenRequests("airtable")).hasSize(1);
		assertThat(takeCredentials(connection).get("access_token").stringValue()).startsWith("sbx-airtable-at-");
	}

	@Test
	void idsWithSeparatorsDoNotCollide() {
		connect("hubspot", "a:b", "c");
		connect("hubspot", "b", "c:a");

		HttpResponse<String> first = credentials("hubspot", "a:b", "c");
		HttpResponse<String> second = credentials("hubspot", "b", "c:a");

		assertThat(first.statusCode()).isEqualTo(200);
		assertThat(second.statusCode()).isEqualTo(200);
		assertThat(json(first).get("access_token").stringValue())
			.isNotEqualTo(json(second).get("access_token").stringValue());
		assertThat(this.events.tokenRequests("hubspot")).hasSize(2);
	}

	@Test
	void deniedConsentIsReportedOnce() {
		Connection connection = consentAndReturn("notion", "U-denied", "O-1", "deny");

		HttpResponse<String> first = credentials("notion", "U-denied", "O-1");
		HttpResponse<String> second = credentials("notion", "U-denied", "O-1");

		assertThat(connection.callbackParameters()).containsEntry("error", "access_denied");
		assertThat(connection.callback().statusCode()).isEqualTo(200);
		assertThat(connection.callback().body()).contains("did not grant access (access_denied)").doesNotContain("..");
		assertThat(first.statusCode()).isEqualTo(403);
		assertThat(json(first).get("code").stringValue()).isEqualTo("access_denied");
		assertThat(json(first).get("detail").stringValue()).doesNotContain("..");
		assertThat(second.statusCode()).isEqualTo(404);
		assertThat(this.events.tokenRequests("notion")).isEmpty();
	}

	@Test
	void expiredAirtableTokenIsRefreshedAndRotated() {
		JsonNode credentials = takeCredentials(connect("airtable", "U-refresh", "O-1"));
		this.clock.advance(Duration.ofMinutes(61));

		HttpResponse<String> expired = load("airtable", credentials);
		HttpResponse<String> refreshed = refresh("airtable", credentials);
		JsonNode fresh = json(refreshed);
		HttpResponse<String> reloaded = load("airtable", fresh);
		this.clock.advance(Duration.ofSeconds(5));
		HttpResponse<String> reused = refresh("airtable", credentials);

		assertThat(expired.statusCode()).isEqualTo(401);
		assertThat(json(expired).get("code").stringValue()).isEqualTo("token_expired");
		assertThat(refreshed.statusCode()).as(refreshed.body()).isEqualTo(200);
		assertThat(fresh.get("access_token").stringValue()).isNotEqualTo(credentials.get("access_token").stringValue());
		assertThat(fresh.get("refresh_token").stringValue())
			.isNotEqualTo(credentials.get("refresh_token").stringValue());
		assertThat(reloaded.statusCode()).as(reloaded.body()).isEqualTo(200);
		assertThat(reused.statusCode()).isEqualTo(502);
		assertThat(json(reused).get("code").stringValue()).isEqualTo("token_request_failed");
		assertThat(json(reused).get("provider_status").asInt()).isEqualTo(400);
	}

	@Test
	void hubspotRefreshKeepsRefreshToken() {
		JsonNode credentials = takeCredentials(connect("hubspot", "U-hs-refresh", "O-1"));

		JsonNode fresh = json(refresh("hubspot", credentials));

		assertThat(fresh.get("access_token").stringValue()).isNotEqualTo(credentials.get("access_token").stringValue());
		assertThat(fresh.get("refresh_token").stringValue()).isEqualTo(credentials.get("refresh_token").stringValue());
		assertThat(this.events.lastTokenRequest("hubspot").parameters()).containsEntry("grant_type", "refresh_token");
	}

	@Test
	void revokedTokenGivesBadGatewayNamingProvider() {
		JsonNode credentials = takeCredentials(connect("notion", "U-revoked", "O-1"));
		refresh("notion", credentials);

		HttpResponse<String> response = load("notion", credentials);

		assertThat(response.statusCode()).isEqualTo(502);
		JsonNode problem = json(response);
		assertThat(problem.get("code").stringValue()).isEqualTo("provider_access_rejected");
		assertThat(problem.get("provider").stringValue()).isEqualTo("Notion");
		assertThat(problem.get("provider_status").asInt()).isEqualTo(401);
		assertThat(response.body()).doesNotContain(credentials.get("access_token").stringValue());
	}

}
