package dev.integrations.connect;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.integrations.provider.ProviderDescriptor.ClientAuthentication;
import dev.integrations.provider.ProviderDescriptor.TokenRequestFormat;
import dev.integrations.provider.ProviderDescriptor;
import dev.integrations.provider.ProviderRegistration;
import dev.integrations.provider.ProviderTestSupport;
import dev.integrations.support.FreePorts;
import dev.integrations.support.MutableClock;
import dev.integrations.support.NoDelayMockWebServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class TokenClientTest {

	private static final ProviderDescriptor BASIC_FORM = new ProviderDescriptor("basicform", "Basic Form",
			ClientAuthentication.CLIENT_SECRET_BASIC, TokenRequestFormat.FORM, true, Map.of());

	private static final ProviderDescriptor BASIC_JSON = new ProviderDescriptor("basicjson", "Basic Json",
			ClientAuthentication.CLIENT_SECRET_BASIC, TokenRequestFormat.JSON, false, Map.of());

	private static final ProviderDescriptor POST_FORM = new ProviderDescriptor("postform", "Post Form",
			ClientAuthentication.CLIENT_SECRET_POST, TokenRequestFormat.FORM, false, Map.of());

	private static final URI REDIRECT_URI = URI.create("http://localhost:8000/integrations/x/oauth2callback");

	private static final String VERIFIER = "verifier-0123456789-0123456789-0123456789-abcdef";

	private final MutableClock clock = new MutableClock(Instant.parse("2026-12-04T12:00:00Z"));

	private final MockWebServer server = NoDelayMockWebServer.create();

	private TokenClient client;

	@BeforeEach
	void start() throws IOException {
		this.server.start();
		this.client = new TokenClient(ProviderTestSupport.providerHttp(1), ProviderTestSupport.json(), this.clock);
	}

	@AfterEach
	void stop() {
		this.server.close();
	}

	@Test
	void basicFormExchangeSendsBasicAuthAndForm() throws InterruptedException {
		respond(200, ProviderTestSupport.payload("airtable", "token_response.json"));

		this.client.exchangeCode(registration(BASIC_FORM), "code-1", REDIRECT_URI, VERIFIER);

		RecordedRequest request = this.server.takeRequest();
		assertThat(request.getMethod()).isEqualTo("POST");
		assertThat(request.getUrl().encodedPath()).isEqualTo("/token");
		assertThat(request.getHeaders().get("Authorization")).isEqualTo(basic("client-1", "secret-1"));
		assertThat(request.getHeaders().get("Content-Type")).startsWith("application/x-www-form-urlencoded");
		Map<String, List<String>> form = ProviderTestSupport.formParameters(request.getBody().utf8());
		assertThat(form).containsEntry("grant_type", List.of("authorization_code"))
			.containsEntry("code", List.of("code-1"))
			.containsEntry("redirect_uri", List.of(REDIRECT_URI.toString()))
			.containsEntry("code_verifier", List.of(VERIFIER))
			.doesNotContainKey("client_secret");
	}

	@Test
	void basicJsonExchangeSendsJsonBody() throws InterruptedException {
		respond(200, ProviderTestSupport.payload("notion", "token_response.json"));

		this.client.exchangeCode(registration(BASIC_JSON), "code-2", REDIRECT_URI, null);

		RecordedRequest request = this.server.takeRequest();
		assertThat(request.getHeaders().get("Authorization")).isEqualTo(basic("client-1", "secret-1"));
		assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
		JsonNode body = ProviderTestSupport.json().readTree(request.getBody().utf8());
		assertThat(body.get("grant_type").stringValue()).isEqualTo("authorization_code");
		assertThat(body.get("code").stringValue()).isEqualTo("code-2");
		assertThat(body.get("redirect_uri").stringValue()).isEqualTo(REDIRECT_URI.toString());
		assertThat(body.has("code_verifier")).isFalse();
	}

	@Test
	void postFormExchangeSendsSecretInBody() throws InterruptedException {
		respond(200, ProviderTestSupport.payload("hubspot", "token_response_v3.json"));

		this.client.exchangeCode(registration(POST_FORM), "code-3", REDIRECT_URI, null);

		RecordedRequest request = this.server.takeRequest();
		assertThat(request.getHeaders().get("Authorization")).isNull();
		Map<String, List<String>> form = ProviderTestSupport.formParameters(request.getBody().utf8());
		assertThat(form).containsEntry("client_id", List.of("client-1"))
			.containsEntry("client_secret", List.of("secret-1"))
			.containsEntry("code", List.of("code-3"));
	}

	@Test
	void credentialsKeepProviderMembers() {
		respond(200, ProviderTestSupport.payload("notion", "token_response.json"));

		ObjectNode credentials = this.client.exchangeCode(registration(BASIC_JSON), "code", REDIRECT_URI, null);

		assertThat(credentials.get("access_token").stringValue())
			.isEqualTo("ntn_FAKE0000000000000000000000000000000000000001");
		assertThat(credentials.get("workspace_id").stringValue()).isEqualTo("a1a1a1a1-2222-4333-8444-555555555555");
		assertThat(credentials.get("owner").get("user").get("name").stringValue()).isEqualTo("Ada Tester");
		assertThat(credentials.has("expires_at")).isFalse();
	}

	@Test
	void expiresAtFollowsExpiresIn() {
		respond(200, ProviderTestSupport.payload("hubspot", "token_response_v3.json"));

		ObjectNode credentials = this.client.exchangeCode(registration(POST_FORM), "code", REDIRECT_URI, null);

		assertThat(credentials.get("expires_at").stringValue()).isEqualTo("2026-12-04T12:30:00Z");
		assertThat(credentials.get("hub_id").asLong()).isEqualTo(24681357L);
	}

	@Test
	void nullRefreshTokenIsAccepted() {
		respond(200, "{\"access_token\":\"at-1\",\"token_type\":\"bearer\",\"refresh_token\":null}");

		ObjectNode credentials = this.client.exchangeCode(registration(BASIC_JSON), "code", REDIRECT_URI, null);

		assertThat(credentials.get("access_token").stringValue()).isEqualTo("at-1");
	}

	@Test
	void oauthErrorIsRejectedWithCode() {
		respond(400, ProviderTestSupport.payload("airtable", "token_error_invalid_grant.json"));

		assertThatExceptionOfType(TokenExchangeException.class)
			.isThrownBy(() -> this.client.exchangeCode(registration(BASIC_FORM), "code", REDIRECT_URI, VERIFIER))
			.satisfies((ex) -> {
				assertThat(ex.getReason()).isEqualTo(TokenExchangeException.Reason.REJECTED);
				assertThat(ex.getStatus()).isEqualTo(400);
				assertThat(ex.getError()).isEqualTo("invalid_grant");
				assertThat(ex.isTransient()).isFalse();
				assertThat(ex.getMessage()).isEqualTo("Basic Form's token endpoint returned HTTP 400 invalid_grant");
			});
	}

	@Test
	void legacyErrorBodyGivesStatusCode() {
		respond(400, "{\"status\":\"BAD_AUTH_CODE\",\"message\":\"missing or unknown auth code\"}");

		assertThatExceptionOfType(TokenExchangeException.class)
			.isThrownBy(() -> this.client.exchangeCode(registration(POST_FORM), "code", REDIRECT_URI, null))
			.satisfies((ex) -> assertThat(ex.getError()).isEqualTo("BAD_AUTH_CODE"));
	}

	@Test
	void serverErrorIsTransient() {
		respond(503, "<html>maintenance</html>");

		assertThatExceptionOfType(TokenExchangeException.class)
			.isThrownBy(() -> this.client.exchangeCode(registration(POST_FORM), "code", REDIRECT_URI, null))
			.satisfies((ex) -> {
				assertThat(ex.getStatus()).isEqualTo(503);
				assertThat(ex.getError()).isNull();
				assertThat(ex.isTransient()).isTrue();
			});
	}

	@Test
	void successWithoutAccessTokenIsInvalid() {
		respond(200, "{\"error\":\"invalid_grant\"}");

		assertThatExceptionOfType(TokenExchangeException.class)
			.isThrownBy(() -> this.client.exchangeCode(registration(POST_FORM), "code", REDIRECT_URI, null))
			.satisfies((ex) -> assertThat(ex.getReason()).isEqualTo(TokenExchangeException.Reason.INVALID_RESPONSE));
	}

	@Test
	void successWithoutTokenTypeIsInvalid() {
		respond(200, "{\"access_token\":\"at-1\"}");

		assertThatExceptionOfType(TokenExchangeException.class)
			.isThrownBy(() -> this.client.exchangeCode(registration(POST_FORM), "code", REDIRECT_URI, null))
			.satisfies((ex) -> assertThat(ex.getReason()).isEqualTo(TokenExchangeException.Reason.INVALID_RESPONSE));
	}

	@Test
	void unreachableEndpointIsTransient() {
		URI closed = URI.create("http://127.0.0.1:" + FreePorts.next());
		ProviderRegistration registration = ProviderTestSupport.registration(POST_FORM, closed);

		assertThatExceptionOfType(TokenExchangeException.class)
			.isThrownBy(() -> this.client.exchangeCode(registration, "code", REDIRECT_URI, null))
			.satisfies((ex) -> {
				assertThat(ex.getReason()).isEqualTo(TokenExchangeException.Reason.UNREACHABLE);
				assertThat(ex.isTransient()).isTrue();
			});
	}

	@Test
	void refreshSendsRefreshGrant() throws InterruptedException {
		respond(200, ProviderTestSupport.payload("airtable", "refresh_response.json"));

		this.client.refresh(registration(BASIC_FORM), "refresh-1");

		Map<String, List<String>> form = ProviderTestSupport
			.formParameters(this.server.takeRequest().getBody().utf8());
		assertThat(form).containsEntry("grant_type", List.of("refresh_token"))
			.containsEntry("refresh_token", List.of("refresh-1"));
	}

	private ProviderRegistration registration(ProviderDescriptor descriptor) {
		URI base = URI.create(this.server.url("/").toString());
		return new ProviderRegistration(descriptor, "client-1", "secret-1", base.resolve("/authorize"),
				base.resolve("/token"), base, List.of(), false);
	}

	private void respond(int status, String body) {
		this.server.enqueue(new MockResponse.Builder().code(status)
			.addHeader("Content-Type", "application/json; charset=utf-8")
			.body(body)
			.build());
	}

	private static String basic(String id, String secret) {
		return "Basic " + Base64.getEncoder().encodeToString((id + ":" + secret).getBytes(StandardCharsets.UTF_8));
	}

}
