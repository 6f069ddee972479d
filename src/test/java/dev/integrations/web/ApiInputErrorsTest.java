package dev.integrations.web;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.integrations.support.ApiClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Every caller mistake gets a 4xx problem detail that names the field and the fix. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"integrations.providers.airtable.client-id=airtable-test-client",
		"integrations.providers.airtable.client-secret=airtable-test-secret" })
class ApiInputErrorsTest {

	@LocalServerPort
	int port;

	private ApiClient api;

	@BeforeEach
	void client() {
		this.api = ApiClient.onPort(this.port);
	}

	@Test
	void authorizeWithoutUserIdNamesField() {
		HttpResponse<String> response = this.api.postForm("/integrations/airtable/authorize", Map.of("org_id", "O1"));

		JsonNode problem = assertProblem(response, 400, "missing_field");
		assertThat(problem.get("field").stringValue()).isEqualTo("user_id");
		assertThat(problem.get("detail").stringValue()).contains("'user_id' is missing");
	}

	@Test
	void authorizeWithEmptyMultipartOrgIdNamesField() {
		HttpResponse<String> response = this.api.postMultipart("/integrations/airtable/authorize",
				Map.of("user_id", "U1", "org_id", " "));

		JsonNode problem = assertProblem(response, 400, "invalid_field");
		assertThat(problem.get("field").stringValue()).isEqualTo("org_id");
		assertThat(problem.get("detail").stringValue()).contains("'org_id' is empty");
	}

	@Test
	void authorizeWithLineBreakInIdIsRejected() {
		HttpResponse<String> response = this.api.postForm("/integrations/airtable/authorize",
				Map.of("user_id", "U1\nINFO forged line", "org_id", "O1"));

		JsonNode problem = assertProblem(response, 400, "invalid_field");
		assertThat(problem.get("detail").stringValue()).contains("control characters");
	}

	@Test
	void authorizeWithOverlongIdIsRejected() {
		HttpResponse<String> response = this.api.postForm("/integrations/airtable/authorize",
				Map.of("user_id", "u".repeat(300), "org_id", "O1"));

		JsonNode problem = assertProblem(response, 400, "invalid_field");
		assertThat(problem.get("detail").stringValue()).contains("at most 256 characters");
	}

	@Test
	void unknownIntegrationIsNotFound() {
		HttpResponse<String> response = this.api.postForm("/integrations/dropbox/authorize", Map.of());

		JsonNode problem = assertProblem(response, 404, "unknown_integration");
		assertThat(problem.get("detail").stringValue())
			.isEqualTo("Unknown integration 'dropbox'; use one of airtable, hubspot, notion.");
	}

	@Test
	void unconfiguredIntegrationNamesProperties() {
		HttpResponse<String> response = this.api.postForm("/integrations/notion/authorize",
				Map.of("user_id", "U1", "org_id", "O1"));

		JsonNode problem = assertProblem(response, 503, "integration_not_configured");
		assertThat(problem.get("detail").stringValue()).contains("integrations.providers.notion.client-id")
			.contains("integrations.providers.notion.client-secret")
			.contains("integrations.sandbox.enabled=true");
	}

	@Test
	void credentialsWithNothingWaitingIsNotFound() {
		HttpResponse<String> response = this.api.postForm("/integrations/airtable/credentials",
				Map.of("user_id", "nobody", "org_id", "O1"));

		JsonNode problem = assertProblem(response, 404, "credentials_not_found");
		assertThat(problem.get("detail").stringValue()).contains("user_id 'nobody'").contains("Connect again");
	}

	@Test
	void loadWithoutCredentialsNamesField() {
		HttpResponse<String> response = this.api.postForm("/integrations/airtable/load", Map.of());

		JsonNode problem = assertProblem(response, 400, "missing_field");
		assertThat(problem.get("field").stringValue()).isEqualTo("credentials");
	}

	@Test
	void loadWithJsonBodyNamesField() {
		HttpResponse<String> response = this.api.post("/integrations/airtable/load", "application/json",
				"{\"credentials\":{\"access_token\":\"x\"}}");

		JsonNode problem = assertProblem(response, 400, "missing_field");
		assertThat(problem.get("detail").stringValue()).contains("application/x-www-form-urlencoded");
	}

	@Test
	void loadWithMalformedJsonIsRejected() {
		HttpResponse<String> response = this.api.postForm("/integrations/airtable/load",
				Map.of("credentials", "{\"access_token\": \"secret-value"));

		JsonNode problem = assertProblem(response, 400, "invalid_field");
		assertThat(problem.get("detail").stringValue()).contains("not valid JSON").doesNotContain("secret-value");
	}

	@Test
	void loadWithJsonArrayIsRejected() {
		HttpResponse<String> response = this.api.postForm("/integrations/airtable/load",
				Map.of("credentials", "[\"access_token\"]"));

		JsonNode problem = assertProblem(response, 400, "invalid_field");
		assertThat(problem.get("detail").stringValue()).contains("must be a JSON object");
	}

	@Test
	void loadWithoutAccessTokenIsRejected() {
		for (String credentials : new String[] { "{}", "{\"access_token\": 42}", "{\"access_token\": \" \"}" }) {
			HttpResponse<String> response = this.api.postMultipart("/integrations/airtable/load",
					Map.of("credentials", credentials));

			JsonNode problem = assertProblem(response, 400, "invalid_field");
			assertThat(problem.get("detail").stringValue()).contains("no 'access_token' string");
		}
	}

	@Test
	void loadWithExpiredTokenAsksForRefresh() {
		HttpResponse<String> response = this.api.postForm("/integrations/airtable/load", Map.of("credentials",
				"{\"access_token\":\"at\",\"refresh_token\":\"rt\",\"expires_at\":\"2020-01-01T00:00:00Z\"}"));

		JsonNode problem = assertProblem(response, 401, "token_expired");
		assertThat(problem.get("detail").stringValue()).contains("expired at 2020-01-01T00:00:00Z")
			.contains("POST /integrations/airtable/refresh");
	}

	@Test
	void refreshWithoutRefreshTokenIsRejected() {
		HttpResponse<String> response = this.api.postForm("/integrations/airtable/refresh",
				Map.of("credentials", "{\"access_token\":\"at\"}"));

		JsonNode problem = assertProblem(response, 400, "missing_refresh_token");
		assertThat(problem.get("detail").stringValue()).contains("no refresh_token");
	}

	@Test
	void overlongCredentialsAreRejected() {
		HttpResponse<String> response = this.api.postForm("/integrations/airtable/load",
				Map.of("credentials", "{\"access_token\":\"" + "a".repeat(70_000) + "\"}"));

		JsonNode problem = assertProblem(response, 400, "invalid_field");
		assertThat(problem.get("detail").stringValue()).contains("longer than 65536 characters");
	}

	@Test
	void malformedMultipartIsRejected() {
		HttpResponse<String> response = this.api.post("/integrations/airtable/load",
				"multipart/form-data; boundary=abc", "--abc\r\nContent-Disposition: form-data; name=\"credentials\"\r\n");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				(type) -> assertThat(type).startsWith("application/problem+json"));
	}

	@Test
	void wrongMethodIsProblem() {
		HttpResponse<String> response = this.api.get("/integrations/airtable/load");

		assertProblem(response, 405, "method_not_allowed");
	}

	@Test
	void unknownRouteIsProblem() {
		HttpResponse<String> response = this.api.get("/no/such/route");

		assertProblem(response, 404, "not_found");
	}

	@Test
	void foreignOriginGetsProblem() {
		HttpResponse<String> response = this.api.postForm("/integrations/airtable/authorize",
				Map.of("user_id", "U1", "org_id", "O1"), Map.of("Origin", "https://evil.example"));

		JsonNode problem = assertProblem(response, 403, "origin_not_allowed");
		assertThat(problem.get("detail").stringValue()).contains("integrations.allowed-origins");
	}

	@Test
	void allowedOriginGetsCorsHeader() {
		HttpResponse<String> response = this.api.postForm("/integrations/airtable/authorize",
				Map.of("user_id", "U1", "org_id", "O1"), Map.of("Origin", "http://localhost:3000"));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue("http://localhost:3000");
	}

	private static JsonNode assertProblem(HttpResponse<String> response, int status, String code) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		JsonNode problem = ApiClient.json(response);
		assertThat(problem.get("status").asInt()).isEqualTo(status);
		assertThat(problem.get("code").stringValue()).isEqualTo(code);
		assertThat(problem.get("detail").isString()).isTrue();
		return problem;
	}

}
