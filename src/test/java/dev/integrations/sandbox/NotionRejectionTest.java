package dev.integrations.sandbox;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks that the sandbox Notion rejects what the real one rejects, with Notion's statuses and bodies. */
class NotionRejectionTest extends NotionHttpTest {

	@Test
	void missingOwnerRedirectsWithError() {
		Map<String, String> parameters = authorizeParameters();
		parameters.remove("owner");

		HttpResponse<String> redirect = get(authorizeUrl(parameters));

		assertThat(redirect.statusCode()).isEqualTo(302);
		assertThat(redirectParameters(redirect).get("error")).isEqualTo("invalid_request");
		assertThat(redirectParameters(redirect).get("state")).isEqualTo(parameters.get("state"));
	}

	@Test
	void formBodyIsRejected() {
		HttpResponse<String> response = postForm(TOKEN, codeGrant(approve()), "Authorization", basic("notion"));

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(json(response).get("error").stringValue()).isEqualTo("invalid_request");
	}

	@Test
	void bodyCredentialsAreInvalidClient() {
		Map<String, String> body = new HashMap<>(codeGrant(approve()));
		body.put("client_id", this.clients.clientFor("notion").clientId());
		body.put("client_secret", this.clients.clientFor("notion").clientSecret());

		HttpResponse<String> response = postJson(TOKEN, body);

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(json(response).get("error").stringValue()).isEqualTo("invalid_client");
		assertThat(json(response).has("request_id")).isTrue();
	}

	@Test
	void missingRedirectUriIsRejected() {
		Map<String, String> body = new HashMap<>(codeGrant(approve()));
		body.remove("redirect_uri");

		HttpResponse<String> response = postJson(TOKEN, body, "Authorization", basic("notion"));

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(json(response).get("error").stringValue()).isEqualTo("invalid_request");
	}

	@Test
	void reusedCodeIsInvalidGrant() {
		String code = approve();
		exchange(code);

		HttpResponse<String> reuse = exchange(code);

		assertThat(reuse.statusCode()).isEqualTo(400);
		assertThat(json(reuse).get("error").stringValue()).isEqualTo("invalid_grant");
	}

	@Test
	void refreshRotatesBothTokens() {
		JsonNode first = connect();

		JsonNode second = json(refresh(first.get("refresh_token").stringValue()));
		HttpResponse<String> oldAccess = search(first.get("access_token").stringValue(), Map.of(), VERSION);
		HttpResponse<String> oldRefresh = refresh(first.get("refresh_token").stringValue());

		assertThat(second.get("access_token").stringValue()).isNotEqualTo(first.get("access_token").stringValue());
		assertThat(second.get("refresh_token").stringValue()).isNotEqualTo(first.get("refresh_token").stringValue());
		assertThat(oldAccess.statusCode()).isEqualTo(401);
		assertThat(json(oldAccess).get("code").stringValue()).isEqualTo("unauthorized");
		assertThat(oldRefresh.statusCode()).isEqualTo(400);
		assertThat(json(oldRefresh).get("error").stringValue()).isEqualTo("invalid_grant");
		assertThat(search(second.get("access_token").stringValue(), Map.of(), VERSION).statusCode()).isEqualTo(200);
	}

	@Test
	void missingVersionIsRejected() {
		HttpResponse<String> response = postJson(SEARCH, Map.of(), "Authorization",
				"Bearer " + connect().get("access_token").stringValue());

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(json(response).get("object").stringValue()).isEqualTo("error");
		assertThat(json(response).get("code").stringValue()).isEqualTo("missing_version");
	}

	@Test
	void unknownVersionIsRejected() {
		HttpResponse<String> response = search(connect().get("access_token").stringValue(), Map.of(), "2024-01-01");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(json(response).get("code").stringValue()).isEqualTo("missing_version");
	}

	@Test
	void invalidSearchBodiesAreRejected() {
		String accessToken = connect().get("access_token").stringValue();
		Map<String, Object> nullCursor = new HashMap<>();
		nullCursor.put("start_cursor", null);

		Map<Object, String> cases = Map.of(Map.of("page_size", 101), "page_size", Map.of("page_size", 0),
				"page_size", nullCursor, "start_cursor", Map.of("start_cursor", "not-a-cursor"), "start_cursor",
				Map.of("filter", Map.of("property", "object", "value", "database")), "filter");

		cases.forEach((body, member) -> {
			HttpResponse<String> response = search(accessToken, body, VERSION);

			assertThat(response.statusCode()).as(member).isEqualTo(400);
			assertThat(json(response).get("code").stringValue()).as(member).isEqualTo("validation_error");
			assertThat(json(response).get("message").stringValue()).as(member).contains(member);
		});
	}

	@Test
	void unparsableBodyIsInvalidJson() {
		HttpResponse<String> response = post(SEARCH, "application/json", "{not json", "Authorization",
				"Bearer " + connect().get("access_token").stringValue(), "Notion-Version", VERSION);

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(json(response).get("code").stringValue()).isEqualTo("invalid_json");
	}

	@Test
	void otherStandInTokenIsUnauthorized() {
		String hubSpotLikeToken = "sbx-airtable-at-" + randomUrlSafe(32);

		HttpResponse<String> response = search(hubSpotLikeToken, Map.of(), VERSION);

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(json(response).get("message").stringValue()).isEqualTo("API token is invalid.");
	}

	@Test
	void burstOverBudgetGetsRetryAfter() {
		String accessToken = connect().get("access_token").stringValue();
		for (int i = 0; i < 180; i++) {
			assertThat(search(accessToken, Map.of("page_size", 1), VERSION).statusCode()).isEqualTo(200);
		}

		HttpResponse<String> limited = search(accessToken, Map.of("page_size", 1), VERSION);

		assertThat(limited.statusCode()).isEqualTo(429);
		assertThat(json(limited).get("code").stringValue()).isEqualTo("rate_limited");
		assertThat(Long.parseLong(limited.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 60L);
	}

}
