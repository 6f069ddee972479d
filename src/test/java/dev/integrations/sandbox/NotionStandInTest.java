package dev.integrations.sandbox;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Drives the sandbox Notion over HTTP: consent, the Basic and JSON token request, and versioned search. */
class NotionStandInTest extends SandboxHttpTest {

	static final URI AUTHORIZE = url("/sandbox/notion/v1/oauth/authorize");

	static final URI TOKEN = url("/sandbox/notion/v1/oauth/token");

	static final URI SEARCH = url("/sandbox/notion/v1/search");

	@Test
	void consentNeedsOwnerUser() {
		Map<String, String> parameters = authorizeParameters();
		parameters.remove("owner");

		HttpResponse<String> redirect = get(authorizeUrl(parameters));

		assertThat(redirect.statusCode()).isEqualTo(302);
		assertThat(redirectParameters(redirect).get("error")).isEqualTo("invalid_request");
		assertThat(redirectParameters(redirect).get("state")).isEqualTo(parameters.get("state"));
	}

	@Test
	void fullFlowSearchesEveryPage() {
		JsonNode tokens = json(exchange(approve()));
		String accessToken = tokens.get("access_token").stringValue();

		List<JsonNode> results = searchAll(accessToken, "2025-09-03");

		assertThat(tokens.get("token_type").stringValue()).isEqualTo("bearer");
		assertThat(tokens.has("expires_in")).isFalse();
		assertThat(tokens.get("owner").get("type").stringValue()).isEqualTo("user");
		assertThat(tokens.get("workspace_id").stringValue()).isNotBlank();
		assertThat(tokens.get("refresh_token").stringValue()).startsWith("sbx-notion-rt-");
		assertThat(accessToken).startsWith("sbx-notion-at-");
		assertThat(results).hasSizeGreaterThan(100);
		assertThat(results).extracting((result) -> result.get("id").stringValue()).doesNotHaveDuplicates();
		assertThat(this.events.apiCalls("notion")).hasSize(2);
		assertThat(this.events.apiCalls("notion").get(1).body()).contains("start_cursor");
	}

	@Test
	void tokenRequestEventShowsJsonAndBasic() {
		exchange(approve());

		SandboxTokenRequest request = this.events.lastTokenRequest("notion");
		assertThat(request.authorizationScheme()).isEqualTo("Basic");
		assertThat(request.basicClientId()).isEqualTo("sandbox-notion-client");
		assertThat(request.contentType()).startsWith("application/json");
		assertThat(request.parameters()).containsEntry("grant_type", "authorization_code");
		assertThat(request.parameters()).containsEntry("redirect_uri", redirectUri("notion"));
	}

	@Test
	void newVersionReturnsDataSources() {
		List<JsonNode> results = searchAll(accessToken(), "2025-09-03");

		assertThat(results).extracting((result) -> result.get("object").stringValue()).contains("page",
				"data_source").doesNotContain("database");
		JsonNode row = titled(results, "Migrate billing service");
		assertThat(row.get("parent").get("type").stringValue()).isEqualTo("data_source_id");
		assertThat(row.get("properties").get("Task name").get("type").stringValue()).isEqualTo("title");
		assertThat(row.get("properties").has("Name")).isFalse();
		assertThat(row.get("archived").asBoolean()).isFalse();
	}

	@Test
	void oldVersionReturnsDatabases() {
		List<JsonNode> results = searchAll(accessToken(), "2022-06-28");

		assertThat(results).extracting((result) -> result.get("object").stringValue()).contains("page", "database")
			.doesNotContain("data_source");
		JsonNode row = titled(results, "Migrate billing service");
		assertThat(row.get("parent").get("type").stringValue()).isEqualTo("database_id");
		assertThat(row.has("is_locked")).isFalse();
	}

	@Test
	void newestVersionDropsArchived() {
		List<JsonNode> results = searchAll(accessToken(), "2026-03-11");

		assertThat(results).allSatisfy((result) -> assertThat(result.has("archived")).isFalse());
		assertThat(results).anySatisfy((result) -> assertThat(result.get("in_trash").asBoolean()).isTrue());
	}

	@Test
	void hardCasesArePresent() {
		List<JsonNode> results = searchAll(accessToken(), "2025-09-03");

		JsonNode multiFragment = results.stream().filter((result) -> result.get("properties") != null
				&& result.get("properties").has("title")
				&& result.get("properties").get("title").get("title").size() == 2).findFirst().orElseThrow();
		assertThat(multiFragment.get("properties").get("title").get("title").get(0).get("annotations").get("bold")
			.asBoolean()).isTrue();
		assertThat(results).anySatisfy((result) -> assertThat(result.get("properties").get("title") != null
				&& result.get("properties").get("title").get("title").isEmpty()).isTrue());
		assertThat(results).anySatisfy((result) -> assertThat(result.toString()).contains("設計レビュー"));
		assertThat(results).anySatisfy((result) -> assertThat(result.toString()).contains("🚀"));
		assertThat(results).filteredOn((result) -> result.get("in_trash").asBoolean()).hasSizeGreaterThanOrEqualTo(2);
	}

	String approve() {
		HttpResponse<String> page = get(authorizeUrl(authorizeParameters()));
		return redirectParameters(decide(AUTHORIZE, page, "allow")).get("code");
	}

	HttpResponse<String> exchange(String code) {
		Map<String, String> body = new LinkedHashMap<>();
		body.put("grant_type", "authorization_code");
		body.put("code", code);
		body.put("redirect_uri", redirectUri("notion"));
		return postJson(TOKEN, body, "Authorization", basic("notion"));
	}

	String accessToken() {
		return json(exchange(approve())).get("access_token").stringValue();
	}

	List<JsonNode> searchAll(String accessToken, String version) {
		List<JsonNode> results = new ArrayList<>();
		String cursor = null;
		do {
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("page_size", 100);
			if (cursor != null) {
				body.put("start_cursor", cursor);
			}
			HttpResponse<String> response = postJson(SEARCH, body, "Authorization", "Bearer " + accessToken,
					"Notion-Version", version);
			assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
			JsonNode page = json(response);
			page.get("results").forEach(results::add);
			cursor = page.get("has_more").asBoolean() ? page.get("next_cursor").stringValue() : null;
		}
		while (cursor != null);
		return results;
	}

	static JsonNode titled(List<JsonNode> results, String title) {
		return results.stream().filter((result) -> result.toString().contains("\"plain_text\":\"" + title + "\""))
			.findFirst().orElseThrow();
	}

	Map<String, String> authorizeParameters() {
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put("client_id", this.clients.clientFor("notion").clientId());
		parameters.put("redirect_uri", redirectUri("notion"));
		parameters.put("response_type", "code");
		parameters.put("owner", "user");
		parameters.put("state", randomUrlSafe(32));
		return parameters;
	}

	static URI authorizeUrl(Map<String, String> parameters) {
		return URI.create(AUTHORIZE + "?" + form(parameters));
	}

}
