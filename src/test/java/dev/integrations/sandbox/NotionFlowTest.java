package dev.integrations.sandbox;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Drives the sandbox Notion over HTTP: consent, the Basic and JSON token request, and versioned search. */
class NotionFlowTest extends NotionHttpTest {

	@Test
	void fullFlowSearchesEveryPage() {
		JsonNode tokens = connect();
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
		List<JsonNode> results = searchAll(connect().get("access_token").stringValue(), "2025-09-03");

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
		List<JsonNode> results = searchAll(connect().get("access_token").stringValue(), "2022-06-28");

		assertThat(results).extracting((result) -> result.get("object").stringValue()).contains("page", "database")
			.doesNotContain("data_source");
		JsonNode row = titled(results, "Migrate billing service");
		assertThat(row.get("parent").get("type").stringValue()).isEqualTo("database_id");
		assertThat(row.has("is_locked")).isFalse();
	}

	@Test
	void newestVersionDropsArchived() {
		List<JsonNode> results = searchAll(connect().get("access_token").stringValue(), "2026-03-11");

		assertThat(results).allSatisfy((result) -> assertThat(result.has("archived")).isFalse());
		assertThat(results).anySatisfy((result) -> assertThat(result.get("in_trash").asBoolean()).isTrue());
	}

	@Test
	void hardCasesArePresent() {
		List<JsonNode> results = searchAll(connect().get("access_token").stringValue(), "2025-09-03");

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

	@Test
	void filterAndQueryNarrowResults() {
		String accessToken = connect().get("access_token").stringValue();

		JsonNode dataSources = json(search(accessToken, Map.of("filter", Map.of("property", "object", "value",
				"data_source")), VERSION));
		JsonNode matches = json(search(accessToken, Map.of("query", "café"), VERSION));

		assertThat(dataSources.get("results")).hasSize(3);
		assertThat(dataSources.get("results")).allSatisfy((result) -> assertThat(result.get("object").stringValue())
			.isEqualTo("data_source"));
		assertThat(matches.get("results")).isNotEmpty();
		assertThat(matches.get("results")).allSatisfy((result) -> assertThat(result.toString().toLowerCase())
			.contains("café"));
	}

	@Test
	void ascendingSortReversesOrder() {
		String accessToken = connect().get("access_token").stringValue();

		JsonNode descending = json(search(accessToken, Map.of("page_size", 1), VERSION));
		JsonNode ascending = json(search(accessToken, Map.of("page_size", 1, "sort", Map.of("timestamp",
				"last_edited_time", "direction", "ascending")), VERSION));

		String newest = descending.get("results").get(0).get("last_edited_time").stringValue();
		String oldest = ascending.get("results").get(0).get("last_edited_time").stringValue();
		assertThat(oldest).isLessThan(newest);
		assertThat(descending.get("has_more").asBoolean()).isTrue();
	}

}
