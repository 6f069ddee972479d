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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

	/**
	 * Page origins as configured. The page must reduce the URL with a path to its origin and leave out
	 * the duplicate, the wildcard and the entry without a scheme.
	 */
	private static final List<String> CONFIGURED_ORIGINS = List.of("http://localhost:3000",
			"https://App.Example.com/connect", "http://localhost:8000", "http://localhost:3000", "*", "localhost");

	private static final Pattern SCRIPT_NONCE = Pattern.compile("<script nonce=\"([^\"]+)\">");

	private static final Pattern STYLE_NONCE = Pattern.compile("<style nonce=\"([^\"]+)\">");

	private static final Pattern CSP_NONCE = Pattern.compile(
			"^default-src 'none'; script-src 'nonce-([^']+)'; style-src 'nonce-([^']+)';");

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
		registry.add("integrations.public-base-url", () -> "http://LocalHost:8000/");
		registry.add("integrations.allowed-origins", () -> String.join(",", CONFIGURED_ORIGINS));
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
		assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
		assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
		assertThat(CallbackPages.title(page.body())).isEqualTo("Connected");
		assertThat(CallbackPages.message(page.body())).isEqualTo("Airtable is connected. This window closes in a moment.");
		assertThat(CallbackPages.closeDelayMillis(page.body())).isEqualTo(1000);
		JsonNode message = CallbackPages.scriptValue(page.body(), "message");
		assertThat(message.propertyNames()).containsExactly("source", "provider", "outcome", "message");
		assertThat(message.get("source").stringValue()).isEqualTo("integrations-oauth-callback");
		assertThat(message.get("provider").stringValue()).isEqualTo("Airtable");
		assertThat(message.get("outcome").stringValue()).isEqualTo("connected");
		assertThat(message.get("message").stringValue()).isEqualTo(CallbackPages.message(page.body()));
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
		assertThat(CallbackPages.title(page.body())).isEqualTo("Sign-in not completed");
		assertThat(CallbackPages.message(page.body())).contains("unknown, expired or was already used");
		assertThat(CallbackPages.scriptValue(page.body(), "message").get("outcome").stringValue()).isEqualTo("invalid");
		assertThat(CallbackPages.closeDelayMillis(page.body())).isEqualTo(6000);
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
		assertThat(CallbackPages.title(page.body())).isEqualTo("Cancelled");
		assertThat(CallbackPages.message(page.body())).contains("did not grant access (access_denied)")
			.contains("The user said &lt;b&gt;no&lt;/b&gt;");
		assertThat(page.body()).doesNotContain("<b>no</b>");
		assertThat(CallbackPages.scriptValue(page.body(), "message").get("outcome").stringValue()).isEqualTo("denied");
		assertThat(CallbackPages.closeDelayMillis(page.body())).isEqualTo(1000);
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
		assertThat(CallbackPages.title(page.body())).isEqualTo("Connection failed");
		assertThat(CallbackPages.message(page.body())).contains("HTTP 400 invalid_grant").contains("connect again");
		assertThat(CallbackPages.scriptValue(page.body(), "message").get("outcome").stringValue()).isEqualTo("failed");
		assertThat(CallbackPages.closeDelayMillis(page.body())).isEqualTo(6000);
		assertThat(page.body()).doesNotContain("id=\"retry\"");
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
		assertThat(failed.body()).contains("<button id=\"retry\" type=\"button\">Try again</button>");
		assertThat(failed.body()).contains("Try again in this window");
		assertThat(retried.statusCode()).isEqualTo(200);
		assertThat(credentials("airtable", "U-retry").statusCode()).isEqualTo(200);
	}

	@Test
	void pagePostsOnlyToConfiguredOrigins() {
		HttpResponse<String> page = callback("airtable", "code=code-9&state=forged-state-value-0123456789");

		JsonNode origins = CallbackPages.scriptValue(page.body(), "targetOrigins");
		assertThat(origins.valueStream().map(JsonNode::stringValue).toList()).containsExactly("http://localhost:8000",
				"http://localhost:3000", "https://app.example.com");
		assertThat(page.body()).doesNotContain("\"*\"");
		assertThat(page.body()).contains("window.opener.postMessage(message, origin)");
	}

	@Test
	void pageBroadcastsOnCallbackChannel() {
		HttpResponse<String> page = callback("airtable", "code=code-10&state=forged-state-value-0123456789");

		assertThat(page.body()).contains("new BroadcastChannel(\"integrations-oauth-callback\")");
		assertThat(page.body()).contains("channel.postMessage(message)");
		assertThat(page.body()).contains("channel.close()");
	}

	@Test
	void pageOffersCloseButton() {
		HttpResponse<String> page = callback("airtable", "code=code-11&state=forged-state-value-0123456789");

		assertThat(page.body()).contains("<button id=\"close\" type=\"button\">Close window</button>");
	}

	@Test
	void policyNonceMatchesScriptAndStyle() {
		HttpResponse<String> page = callback("airtable", "code=code-12&state=forged-state-value-0123456789");

		Matcher policy = CSP_NONCE.matcher(page.headers().firstValue("Content-Security-Policy").orElseThrow());
		assertThat(policy.find()).isTrue();
		assertThat(policy.group(2)).isEqualTo(policy.group(1));
		assertThat(nonces(SCRIPT_NONCE, page.body())).containsExactly(policy.group(1));
		assertThat(nonces(STYLE_NONCE, page.body())).containsExactly(policy.group(1));
		assertThat(page.body().split("<script", -1)).hasSize(2);
		assertThat(page.body().split("<style", -1)).hasSize(2);
		assertThat(Base64.getDecoder().decode(policy.group(1))).hasSize(16);
	}

	@Test
	void policyNonceDiffersPerResponse() {
		HttpResponse<String> first = callback("airtable", "code=code-13&state=forged-state-value-0123456789");
		HttpResponse<String> second = callback("airtable", "code=code-13&state=forged-state-value-0123456789");

		assertThat(nonces(SCRIPT_NONCE, second.body())).doesNotContainAnyElementsOf(nonces(SCRIPT_NONCE, first.body()));
		assertThat(second.headers().firstValue("Content-Security-Policy"))
			.isNotEqualTo(first.headers().firstValue("Content-Security-Policy"));
	}

	@Test
	void connectedPageHidesCodeStateAndTokens() {
		Map<String, String> authorization = authorize("airtable", "U-secret");
		respond(200, ProviderTestSupport.payload("airtable", "token_response.json"));

		HttpResponse<String> page = callback("airtable",
				"code=code-secret-4711&state=" + authorization.get("state"));

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).doesNotContain("code-secret-4711");
		assertThat(page.body()).doesNotContain(authorization.get("state"));
		assertThat(page.body()).doesNotContain(authorization.get("code_challenge"));
		assertThat(page.body()).doesNotContain("oaaFAKEaccessTOKEN001");
		assertThat(page.body()).doesNotContain("oaaFAKErefreshTOKEN001");
		assertThat(page.body()).doesNotContain("access_token");
	}

	private static List<String> nonces(Pattern tag, String html) {
		return tag.matcher(html).results().map((match) -> match.group(1)).toList();
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
