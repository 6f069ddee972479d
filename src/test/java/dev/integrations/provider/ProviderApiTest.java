package dev.integrations.provider;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

import dev.integrations.IntegrationsProperties;
import dev.integrations.provider.ProviderDescriptor.ClientAuthentication;
import dev.integrations.provider.ProviderDescriptor.TokenRequestFormat;
import dev.integrations.support.NoDelayMockWebServer;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ProviderApiTest {

	private static final ProviderDescriptor PLAIN = new ProviderDescriptor("plain", "Plain",
			ClientAuthentication.CLIENT_SECRET_POST, TokenRequestFormat.FORM, false, Map.of());

	private static final ProviderDescriptor SLOW_LIMIT = new ProviderDescriptor("slow", "Slow",
			ClientAuthentication.CLIENT_SECRET_POST, TokenRequestFormat.FORM, false, Map.of(), Duration.ofSeconds(30));

	private final MockWebServer server = NoDelayMockWebServer.create();

	@BeforeEach
	void start() throws IOException {
		this.server.start();
	}

	@AfterEach
	void stop() {
		this.server.close();
	}

	@Test
	void getSendsBearerAndEncodedQuery() throws InterruptedException {
		respond(200, "{\"ok\":true}");
		Map<String, Object> query = new HashMap<>();
		query.put("offset", "itr1/app2+x=");
		query.put("missing", null);

		JsonNode body = api(PLAIN, 3).get(JsonNode.class, "/v0/items/{id}", withId(query, "a b"));

		RecordedRequest request = this.server.takeRequest();
		assertThat(body.get("ok").asBoolean()).isTrue();
		assertThat(request.getTarget()).isEqualTo("/v0/items/a%20b?offset=itr1%2Fapp2%2Bx%3D");
		assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer token-1");
		assertThat(request.getHeaders().get("Accept")).isEqualTo("application/json");
	}

	@Test
	void postSendsJsonBody() throws InterruptedException {
		respond(200, "{}");

		api(PLAIN, 3).post(JsonNode.class, "/v1/search", Map.of("page_size", 100));

		RecordedRequest request = this.server.takeRequest();
		assertThat(request.getMethod()).isEqualTo("POST");
		assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
		assertThat(request.getBody().utf8()).isEqualTo("{\"page_size\":100}");
	}

	@Test
	void rateLimitWithRetryAfterIsRetried() {
		this.server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "0").build());
		respond(200, "{\"page\":2}");

		JsonNode body = api(PLAIN, 3).get(JsonNode.class, "/list", Map.of());

		assertThat(body.get("page").asInt()).isEqualTo(2);
		assertThat(this.server.getRequestCount()).isEqualTo(2);
	}

	@Test
	void longRateLimitWaitFailsAtOnce() {
		this.server.enqueue(new MockResponse.Builder().code(429).build());

		assertThatExceptionOfType(ProviderException.class)
			.isThrownBy(() -> api(SLOW_LIMIT, 3).get(JsonNode.class, "/list", Map.of()))
			.satisfies((ex) -> {
				assertThat(ex.getReason()).isEqualTo(ProviderException.Reason.RATE_LIMITED);
				assertThat(ex.getRetryAfter()).contains(Duration.ofSeconds(30));
				assertThat(ex.getMessage()).isEqualTo("Slow is rate-limiting requests (HTTP 429); try again later");
			});
		assertThat(this.server.getRequestCount()).isEqualTo(1);
	}

	@Test
	void serverErrorsAreRetriedUpToMaxAttempts() {
		respond(503, "{}");
		respond(502, "{}");
		respond(503, "{}");

		assertThatExceptionOfType(ProviderException.class)
			.isThrownBy(() -> api(PLAIN, 3).get(JsonNode.class, "/list", Map.of()))
			.satisfies((ex) -> {
				assertThat(ex.getReason()).isEqualTo(ProviderException.Reason.ERROR_STATUS);
				assertThat(ex.getStatus()).contains(503);
				assertThat(ex.getRetryAfter()).isEmpty();
			});
		assertThat(this.server.getRequestCount()).isEqualTo(3);
	}

	@Test
	void serverErrorThenSuccessSucceeds() {
		respond(502, "{}");
		respond(200, "{\"page\":1}");

		JsonNode body = api(PLAIN, 3).get(JsonNode.class, "/list", Map.of());

		assertThat(body.get("page").asInt()).isEqualTo(1);
	}

	@Test
	void clientErrorIsNotRetried() {
		respond(400, "{\"message\":\"secret detail from the provider\"}");

		assertThatExceptionOfType(ProviderException.class)
			.isThrownBy(() -> api(PLAIN, 3).get(JsonNode.class, "/list", Map.of()))
			.satisfies((ex) -> {
				assertThat(ex.getMessage()).isEqualTo("Plain failed with HTTP 400");
				assertThat(ex.getMessage()).doesNotContain("secret detail");
			});
		assertThat(this.server.getRequestCount()).isEqualTo(1);
	}

	@Test
	void forbiddenNamesMissingPermission() {
		respond(403, "{}");

		assertThatExceptionOfType(ProviderException.class)
			.isThrownBy(() -> api(PLAIN, 1).get(JsonNode.class, "/list", Map.of()))
			.satisfies((ex) -> {
				assertThat(ex.getReason()).isEqualTo(ProviderException.Reason.ACCESS_REJECTED);
				assertThat(ex.getMessage()).contains("lacks a permission or scope");
			});
	}

	@Test
	void unreadableBodyIsInvalidResponse() {
		respond(200, "<html>not json</html>");

		assertThatExceptionOfType(ProviderException.class)
			.isThrownBy(() -> api(PLAIN, 3).get(JsonNode.class, "/list", Map.of()))
			.satisfies((ex) -> assertThat(ex.getReason()).isEqualTo(ProviderException.Reason.INVALID_RESPONSE));
		assertThat(this.server.getRequestCount()).isEqualTo(1);
	}

	@Test
	void readTimeoutIsUnreachableAfterRetries() {
		for (int i = 0; i < 2; i++) {
			this.server.enqueue(new MockResponse.Builder().code(200)
				.headersDelay(2, TimeUnit.SECONDS)
				.body("{}")
				.build());
		}

		assertThatExceptionOfType(ProviderException.class)
			.isThrownBy(() -> api(PLAIN, 2, Duration.ofMillis(200)).get(JsonNode.class, "/list", Map.of()))
			.satisfies((ex) -> {
				assertThat(ex.getReason()).isEqualTo(ProviderException.Reason.UNREACHABLE);
				assertThat(ex.getMessage()).isEqualTo("Plain could not be reached or did not answer in time; "
						+ "try again later");
			});
		assertThat(this.server.getRequestCount()).isEqualTo(2);
	}

	@Test
	void retryAfterReadsSecondsAndDates() {
		assertThat(ProviderApi.parseRetryAfter("7")).isEqualTo(Duration.ofSeconds(7));
		assertThat(ProviderApi.parseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT")).isEqualTo(Duration.ZERO);
		assertThat(ProviderApi.parseRetryAfter("soon")).isNull();
		assertThat(ProviderApi.parseRetryAfter(null)).isNull();
	}

	private ProviderApi api(ProviderDescriptor descriptor, int maxAttempts) {
		return api(descriptor, maxAttempts, Duration.ofSeconds(5));
	}

	private ProviderApi api(ProviderDescriptor descriptor, int maxAttempts, Duration readTimeout) {
		JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(HttpClient.newHttpClient());
		factory.setReadTimeout(readTimeout);
		IntegrationsProperties properties = new IntegrationsProperties(URI.create("http://localhost:8000"),
				IntegrationsProperties.StoreType.MEMORY, Duration.ofMinutes(10), Duration.ofMinutes(10), List.of(),
				new IntegrationsProperties.Sandbox(false, List.of()),
				new IntegrationsProperties.Retry(maxAttempts, Duration.ofSeconds(2), Duration.ofMillis(5)));
		ProviderHttp http = new ProviderHttp(RestClient.builder().requestFactory(factory), properties);
		URI base = URI.create(this.server.url("/").toString().replaceAll("/$", ""));
		return http.api(ProviderTestSupport.registration(descriptor, base), "token-1");
	}

	private void respond(int status, String body) {
		this.server.enqueue(new MockResponse.Builder().code(status)
			.addHeader("Content-Type", "application/json")
			.body(body)
			.build());
	}

	private static Map<String, Object> withId(Map<String, Object> query, String id) {
		query.put("id", id);
		return query;
	}

}
