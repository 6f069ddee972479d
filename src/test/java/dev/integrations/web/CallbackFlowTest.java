package dev.integrations.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.integrations.provider.ProviderTestSupport;
import dev.integrations.support.ApiClient;
import dev.integrations.support.NoDelayMockWebServer;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The callback's handling of state, consent errors and token endpoint failures, with Airtable's
 * token endpoint played by a fake server so that each response can be chosen.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CallbackFlowTest {

	private static final MockWebServer tokenEndpoint = startTokenEndpoint();

	@LocalServerPort
	int port;

	private ApiClient api;

	private int tokenRequestsBefore;

	@DynamicPropertySource
	static void providers(DynamicPropertyRegistry registry) {
		String tokenUri = tokenEndpoint.url("/oauth2/v1/token").toString();
		registry.add("integrations.providers.airtable.client-id", () -> "airtable-test-client");
		registry.add("integrations.providers.airtable.client-secret", () -> "airtable-test-secret");
		registry.add("integrations.providers.airtable.token-uri", () -> tokenUri);
		registry.add("integrations.providers.hubspot.client-id", () -> "hubspot-test-client");
		registry.add("integrations.providers.hubspot.client-secret", () -> "hubspot-test-secret");
		registry.add("integrations.providers.hubspot.token-uri", () -> tokenUri);
	}

	@AfterAll
	static void stopTokenEndpoint() {
		tokenEndpoint.close();
	}

	@BeforeEach
	void client() throws InterruptedException {
		this.api = ApiClient.onPort(this.port);
		while (tokenEndpoint.takeRequest(1, TimeUnit.MILLISECONDS) != null) {
			// Drops requests that earlier tests recorded, so that takeRequest returns this test's own.
		}
		this.tokenRequestsBefore = tokenEndpoint.getRequestCount();
	}

	@Test
	void connectedCallbackClosesPopup() throws InterruptedException {
		Map<String, String> authorization = authorize("airtable", "U-ok");
		respond(200, ProviderTestSupport.payload("airtable", "token_response.json"));

		HttpResponse<String> page = callback("airtable", "code=code-ok&state=" + authorization.get("state"));

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
		assertThat(page.body()).contains("Airtable connected").contains("window.opener.postMessage")
			.contains("\"outcome\":\"connected\"").contains("window.close()");
		RecordedRequest tokenRequest = tokenEndpoint.takeRequest(5, TimeUnit.SECONDS);
		Map<String, List<String>> form = ProviderTestSupport.formParameters(tokenRequest.getBody().utf8());
		assertThat(s256(form.get("code_verifier").getFirst())).isEqualTo(authorization.get("code_challenge"));
		assertThat(form.get("code")).containsExactly("code-ok");
	}

	@Test
	void replayedCallbackIsRejected() {
		String state = authorize("airtable", "U-replay").get("state");
		respond(200, ProviderTestSupport.payload("airtable", "token_response.json"));
		callback("airtable", "code=code-1&state=" + state);

		HttpResponse<String> replay = callback("airtable", "code=code-1&state=" + state);

		assertThat(replay.statusCode()).isEqualTo(400);
		assertThat(replay.body()).contains("unknown, expired or was already used");
		assertThat(tokenRequests()).isEqualTo(1);
	}

	@Test
	void credentialsAreHandedOutOnce() {
		String state = authorize("airtable", "U-once").get("state");
		respond(200, ProviderTestSupport.payload("airtable", "token_response.json"));
		callback("airtable", "code=code-2&state=" + state);

		HttpResponse<String> first = credentials("airtable", "U-once");
		HttpResponse<String> second = credentials("airtable", "U-once");

		assertThat(first.statusCode()).isEqualTo(200);
		JsonNode credentials = ApiClient.json(first);
		assertThat(credentials.get("access_token").stringValue()).startsWith("oaaFAKEaccessTOKEN001");
		assertThat(credentials.get("expires_at").isString()).isTrue();
		assertThat(second.statusCode()).isEqualTo(404);
	}

	@Test
	void stateOfOtherProviderIsRejected() {
		String state = authorize("airtable", "U-cross").get("state");

		HttpResponse<String> crossed = callback("hubspot", "code=code-3&state=" + state);
		HttpResponse<String> original = callback("airtable", "code=code-3&state=" + state);

		assertThat(crossed.statusCode()).isEqualTo(400);
		assertThat(crossed.body()).contains("belongs to another integration");
		assertThat(original.statusCode()).isEqualTo(400);
		assertThat(tokenRequests()).isZero();
	}

	@Test
	void forgedStateIsRejectedWithoutProviderCall() {
		HttpResponse<String> page = callback("airtable", "code=code-4&state=forged-state-value-0123456789");

		assertThat(page.statusCode()).isEqualTo(400);
		assertThat(page.body()).contains("Invalid sign-in response");
		assertThat(tokenRequests()).isZero();
	}

	@Test
	void missingStateIsRejected() {
		HttpResponse<String> page = callback("airtable", "code=code-5");

		assertThat(page.statusCode()).isEqualTo(400);
		assertThat(page.body()).contains("has no state");
	}

	@Test
	void unknownProviderCallbackIsHtml() {
		HttpResponse<String> page = callback("dropbox", "code=c&state=s");

		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(
				(type) -> assertThat(type).startsWith("text/html"));
		assertThat(page.body()).contains("Unknown integration");
	}

	@Test
	void secondAuthorizeKeepsFirstUsable() {
		String first = authorize("airtable", "U-twice").get("state");
		String second = authorize("airtable", "U-twice").get("state");
		respond(200, ProviderTestSupport.payload("airtable", "token_response.json"));

		HttpResponse<String> page = callback("airtable", "code=code-6&state=" + first);

		assertThat(second).isNotEqualTo(first);
		assertThat(page.statusCode()).isEqualTo(200);
	}

	@Test
	void deniedConsentIsReportedToCredentials() {
		String state = authorize("airtable", "U-denied").get("state");

		HttpResponse<String> page = callback("airtable",
				"error=access_denied&error_description=The+user+said+%3Cb%3Eno%3C%2Fb%3E&state=" + state);
		HttpResponse<String> credentials = credentials("airtable", "U-denied");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("did not grant access (access_denied)")
			.contains("The user said &lt;b&gt;no&lt;/b&gt;")
			.doesNotContain("<b>no</b>");
		assertThat(credentials.statusCode()).isEqualTo(403);
		JsonNode problem = ApiClient.json(credentials);
		assertThat(problem.get("code").stringValue()).isEqualTo("access_denied");
		assertThat(problem.get("detail").stringValue()).contains("did not grant access (access_denied)");
		assertThat(tokenRequests()).isZero();
	}

	@Test
	void rejectedExchangeIsReportedToCredentials() {
		String state = authorize("airtable", "U-rejected").get("state");
		respond(400, ProviderTestSupport.payload("airtable", "token_error_invalid_grant.json"));

		HttpResponse<String> page = callback("airtable", "code=code-7&state=" + state);
		HttpResponse<String> credentials = credentials("airtable", "U-rejected");

		assertThat(page.statusCode()).isEqualTo(502);
		assertThat(page.body()).contains("HTTP 400 invalid_grant").contains("connect again");
		assertThat(credentials.statusCode()).isEqualTo(502);
		JsonNode problem = ApiClient.json(credentials);
		assertThat(problem.get("code").stringValue()).isEqualTo("token_exchange_failed");
		assertThat(problem.get("provider_status").asInt()).isEqualTo(400);
		assertThat(problem.get("error").stringValue()).isEqualTo("invalid_grant");
	}

	@Test
	void transientFailureKeepsStateForRetry() {
		String state = authorize("airtable", "U-retry").get("state");
		respond(503, "{\"error\":{\"type\":\"SERVICE_UNAVAILABLE\"}}");
		respond(200, ProviderTestSupport.payload("airtable", "token_response.json"));

		HttpResponse<String> failed = callback("airtable", "code=code-8&state=" + state);
		HttpResponse<String> retried = callback("airtable", "code=code-8&state=" + state);

		assertThat(failed.statusCode()).isEqualTo(502);
		assertThat(failed.body()).contains("Reload this window");
		assertThat(retried.statusCode()).isEqualTo(200);
		assertThat(credentials("airtable", "U-retry").statusCode()).isEqualTo(200);
	}

	private Map<String, String> authorize(String provider, String userId) {
		HttpResponse<String> response = this.api.postForm("/integrations/" + provider + "/authorize",
				Map.of("user_id", userId, "org_id", "O1"));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return ApiClient.queryOf(ApiClient.json(response).stringValue());
	}

	private HttpResponse<String> callback(String provider, String query) {
		return this.api.get("/integrations/" + provider + "/oauth2callback?" + query);
	}

	private HttpResponse<String> credentials(String provider, String userId) {
		return this.api.postForm("/integrations/" + provider + "/credentials", Map.of("user_id", userId, "org_id", "O1"));
	}

	private int tokenRequests() {
		return tokenEndpoint.getRequestCount() - this.tokenRequestsBefore;
	}

	private static void respond(int status, String body) {
		tokenEndpoint.enqueue(new MockResponse.Builder().code(status)
			.addHeader("Content-Type", "application/json")
			.body(body)
			.build());
	}

	private static String s256(String verifier) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static MockWebServer startTokenEndpoint() {
		MockWebServer server = NoDelayMockWebServer.create();
		try {
			server.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return server;
	}

}
