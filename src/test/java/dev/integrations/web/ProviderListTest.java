package dev.integrations.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.integrations.support.ApiClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks {@code GET /integrations} without the sandbox. A provider with a client id is configured and
 * the others are not, and of the other origins only the allowed one may read the list.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"integrations.providers.airtable.client-id=airtable-test-client",
		"integrations.providers.airtable.client-secret=airtable-test-secret" })
class ProviderListTest {

	private static final String ALLOWED_ORIGIN = "http://localhost:3000";

	@LocalServerPort
	int port;

	private ApiClient api;

	@BeforeEach
	void client() {
		this.api = ApiClient.onPort(this.port);
	}

	@Test
	void listShowsConfiguredProvider() {
		HttpResponse<String> response = this.api.get("/integrations");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
		JsonNode list = ApiClient.json(response);
		assertThat(list.isArray()).isTrue();
		assertThat(list).hasSize(3);
		assertEntry(list.get(0), "airtable", "Airtable", "configured");
		assertEntry(list.get(1), "hubspot", "HubSpot", "unconfigured");
		assertEntry(list.get(2), "notion", "Notion", "unconfigured");
	}

	@Test
	void listHidesClientIdAndSecret() {
		HttpResponse<String> response = this.api.get("/integrations");

		assertThat(response.body()).doesNotContain("airtable-test-client");
		assertThat(response.body()).doesNotContain("airtable-test-secret");
		for (JsonNode entry : ApiClient.json(response)) {
			assertThat(entry.propertyNames()).containsExactly("name", "display_name", "status");
		}
	}

	@Test
	void allowedOriginMayRead() {
		HttpResponse<String> response = this.api.get("/integrations", Map.of("Origin", ALLOWED_ORIGIN));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue(ALLOWED_ORIGIN);
	}

	@Test
	void allowedOriginPassesPreflight() {
		HttpResponse<String> response = preflight(ALLOWED_ORIGIN);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue(ALLOWED_ORIGIN);
		assertThat(response.headers().allValues("Access-Control-Allow-Methods")).anySatisfy(
				(methods) -> assertThat(methods).contains("GET"));
	}

	@Test
	void foreignOriginIsRejected() {
		HttpResponse<String> response = this.api.get("/integrations", Map.of("Origin", "https://evil.example"));

		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
		assertThat(ApiClient.json(response).get("code").stringValue()).isEqualTo("origin_not_allowed");
		assertThat(response.body()).doesNotContain("airtable");
	}

	@Test
	void foreignOriginFailsPreflight() {
		HttpResponse<String> response = preflight("https://evil.example");

		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
	}

	private static void assertEntry(JsonNode entry, String name, String displayName, String status) {
		assertThat(entry.get("name").stringValue()).isEqualTo(name);
		assertThat(entry.get("display_name").stringValue()).isEqualTo(displayName);
		assertThat(entry.get("status").stringValue()).isEqualTo(status);
	}

	/** Sends the CORS preflight request that a browser sends before a cross-origin GET with non-simple headers. */
	private HttpResponse<String> preflight(String origin) {
		HttpRequest request = HttpRequest.newBuilder(this.api.resolve("/integrations"))
			.method("OPTIONS", HttpRequest.BodyPublishers.noBody())
			.header("Origin", origin)
			.header("Access-Control-Request-Method", "GET")
			.header("Access-Control-Request-Headers", "accept")
			.build();
		try (HttpClient http = HttpClient.newHttpClient()) {
			return http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
