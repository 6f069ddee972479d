package dev.integrations.provider.notion;

import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.integrations.item.IntegrationItem;
import dev.integrations.provider.ProviderTestSupport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

class NotionItemsTest {

	private static final String PAGE1_2025 = "search_page1_v2025-09-03.json";

	private static final String LAST_PAGE_2025 = "search_last_page_v2025-09-03.json";

	private static final String PAGE1_2022 = "search_page1_v2022-06-28.json";

	@Test
	void pageMapsEveryField() {
		JsonNode page = recorded(PAGE1_2025, 0);

		IntegrationItem item = NotionItems.toItem(page).orElseThrow();

		assertThat(item.id()).isEqualTo("11111111-aaaa-4bbb-8ccc-000000000001");
		assertThat(item.type()).isEqualTo("page");
		assertThat(item.directory()).isFalse();
		assertThat(item.parentPathOrName()).isNull();
		assertThat(item.parentId()).isEqualTo("22222222-aaaa-4bbb-8ccc-000000000002");
		assertThat(item.name()).isEqualTo("Team Handbook");
		assertThat(item.creationTime()).isEqualTo(OffsetDateTime.parse("2025-09-08T15:32:00Z"));
		assertThat(item.lastModifiedTime()).isEqualTo(OffsetDateTime.parse("2025-10-05T10:54:00Z"));
		assertThat(item.url()).isEqualTo("https://www.notion.so/Team-Handbook-11111111aaaa4bbb8ccc000000000001");
		assertThat(item.children()).isNull();
		assertThat(item.mimeType()).isNull();
		assertThat(item.delta()).isNull();
		assertThat(item.driveId()).isNull();
		assertThat(item.visibility()).isTrue();
	}

	@Test
	void databaseRowTakesTitleColumn() {
		JsonNode row = recorded(PAGE1_2025, 1);

		IntegrationItem item = NotionItems.toItem(row).orElseThrow();

		assertThat(item.name()).isEqualTo("Migrate billing service");
		assertThat(item.directory()).isFalse();
	}

	@Test
	void databaseRowParentIsDataSource() {
		JsonNode row = recorded(PAGE1_2025, 1);

		IntegrationItem item = NotionItems.toItem(row).orElseThrow();

		assertThat(item.parentId()).isEqualTo("44444444-aaaa-4bbb-8ccc-000000000004");
	}

	@Test
	void dataSourceIsNamedDirectory() {
		JsonNode dataSource = recorded(PAGE1_2025, 2);

		IntegrationItem item = NotionItems.toItem(dataSource).orElseThrow();

		assertThat(item.id()).isEqualTo("44444444-aaaa-4bbb-8ccc-000000000004");
		assertThat(item.type()).isEqualTo("data_source");
		assertThat(item.directory()).isTrue();
		assertThat(item.name()).isEqualTo("Engineering Tasks");
		assertThat(item.parentId()).isEqualTo("55555555-aaaa-4bbb-8ccc-000000000005");
		assertThat(item.creationTime()).isEqualTo(OffsetDateTime.parse("2025-09-08T15:31:00Z"));
		assertThat(item.lastModifiedTime()).isEqualTo(OffsetDateTime.parse("2025-09-13T14:04:00Z"));
		assertThat(item.url()).isEqualTo("https://www.notion.so/55555555aaaa4bbb8ccc000000000005");
	}

	@Test
	void legacyDatabaseIsNamedDirectory() {
		JsonNode database = recorded(PAGE1_2022, 0);

		IntegrationItem item = NotionItems.toItem(database).orElseThrow();

		assertThat(item.id()).isEqualTo("55555555-aaaa-4bbb-8ccc-000000000005");
		assertThat(item.type()).isEqualTo("database");
		assertThat(item.directory()).isTrue();
		assertThat(item.name()).isEqualTo("Engineering Tasks");
		assertThat(item.parentId()).isEqualTo("22222222-aaaa-4bbb-8ccc-000000000002");
		assertThat(item.creationTime()).isEqualTo(OffsetDateTime.parse("2024-12-30T17:23:00Z"));
		assertThat(item.url()).isEqualTo("https://www.notion.so/55555555aaaa4bbb8ccc000000000005");
	}

	@Test
	void legacyRowParentIsDatabase() {
		JsonNode row = recorded(PAGE1_2022, 1);

		IntegrationItem item = NotionItems.toItem(row).orElseThrow();

		assertThat(item.parentId()).isEqualTo("55555555-aaaa-4bbb-8ccc-000000000005");
		assertThat(item.name()).isEqualTo("Migrate billing service");
	}

	@Test
	void untitledPageHasNullName() {
		JsonNode page = recorded(LAST_PAGE_2025, 0);

		IntegrationItem item = NotionItems.toItem(page).orElseThrow();

		assertThat(item.name()).isNull();
	}

	@Test
	void untitledDataSourceHasNullName() {
		ObjectNode dataSource = recorded(PAGE1_2025, 2);
		dataSource.putArray("title");

		IntegrationItem item = NotionItems.toItem(dataSource).orElseThrow();

		assertThat(item.name()).isNull();
	}

	@Test
	void workspaceParentHasNoParentId() {
		JsonNode page = recorded(LAST_PAGE_2025, 0);

		IntegrationItem item = NotionItems.toItem(page).orElseThrow();

		assertThat(item.parentId()).isNull();
	}

	@Test
	void blockParentGivesBlockId() {
		JsonNode page = json("""
				{"object": "page", "id": "aaaaaaaa-0000-4000-8000-000000000001",
				 "parent": {"type": "block_id", "block_id": "bbbbbbbb-0000-4000-8000-000000000002"}}
				""");

		IntegrationItem item = NotionItems.toItem(page).orElseThrow();

		assertThat(item.parentId()).isEqualTo("bbbbbbbb-0000-4000-8000-000000000002");
	}

	@Test
	void multiFragmentTitleIsJoined() {
		JsonNode page = json("""
				{"object": "page", "id": "aaaaaaaa-0000-4000-8000-000000000001",
				 "properties": {"Name": {"id": "title", "type": "title", "title": [
				   {"type": "text", "text": {"content": "Q3 "}, "plain_text": "Q3 "},
				   {"type": "text", "text": {"content": "roadmap"}, "annotations": {"bold": true}, "plain_text": "roadmap"},
				   {"type": "mention", "mention": {"type": "user", "user": {"object": "user", "id": "u1"}},
				    "plain_text": " for @Ada Lovelace"}]}}}
				""");

		IntegrationItem item = NotionItems.toItem(page).orElseThrow();

		assertThat(item.name()).isEqualTo("Q3 roadmap for @Ada Lovelace");
	}

	@Test
	void unicodeTitleStaysIntact() {
		JsonNode page = json("""
				{"object": "page", "id": "aaaaaaaa-0000-4000-8000-000000000001",
				 "properties": {"title": {"id": "title", "type": "title", "title": [
				   {"type": "text", "plain_text": "Café – 日本語 📘 עברית"}]}}}
				""");

		IntegrationItem item = NotionItems.toItem(page).orElseThrow();

		assertThat(item.name()).isEqualTo("Café – 日本語 📘 עברית");
	}

	@ParameterizedTest
	@ValueSource(strings = { "archived", "in_trash", "is_archived" })
	void removedResultIsDropped(String flag) {
		ObjectNode page = recorded(PAGE1_2025, 0);
		page.put(flag, true);

		assertThat(NotionItems.toItem(page)).isEmpty();
	}

	@Test
	void unknownFieldsAreIgnored() {
		ObjectNode page = recorded(PAGE1_2025, 1);
		page.putObject("future_member").putArray("nested").add(1).add("two");
		page.put("is_locked", true);
		((ObjectNode) page.get("properties")).putObject("Summary").put("type", "ai_summary").putObject("ai_summary");

		IntegrationItem item = NotionItems.toItem(page).orElseThrow();

		assertThat(item).isEqualTo(NotionItems.toItem(recorded(PAGE1_2025, 1)).orElseThrow());
	}

	@Test
	void partialObjectMapsIdAndType() {
		JsonNode partial = json("""
				{"object": "data_source", "id": "cccccccc-0000-4000-8000-000000000003"}
				""");

		IntegrationItem item = NotionItems.toItem(partial).orElseThrow();

		assertThat(item.id()).isEqualTo("cccccccc-0000-4000-8000-000000000003");
		assertThat(item.type()).isEqualTo("data_source");
		assertThat(item.directory()).isTrue();
		assertThat(item.name()).isNull();
		assertThat(item.parentId()).isNull();
		assertThat(item.creationTime()).isNull();
		assertThat(item.lastModifiedTime()).isNull();
		assertThat(item.url()).isNull();
	}

	@Test
	void partialPageHasNullName() {
		JsonNode partial = json("""
				{"object": "page", "id": "cccccccc-0000-4000-8000-000000000003"}
				""");

		IntegrationItem item = NotionItems.toItem(partial).orElseThrow();

		assertThat(item.name()).isNull();
		assertThat(item.directory()).isFalse();
	}

	@Test
	void resultWithoutIdIsDropped() {
		JsonNode noId = json("""
				{"object": "page", "id": null, "url": "https://www.notion.so/x"}
				""");

		assertThat(NotionItems.toItem(noId)).isEmpty();
	}

	@Test
	void nonObjectResultIsDropped() {
		JsonNodeFactory nodes = JsonNodeFactory.instance;

		assertThat(NotionItems.toItem(nodes.nullNode())).isEmpty();
		assertThat(NotionItems.toItem(nodes.stringNode("page"))).isEmpty();
	}

	@Test
	void malformedTimestampGivesNull() {
		JsonNode page = json("""
				{"object": "page", "id": "aaaaaaaa-0000-4000-8000-000000000001",
				 "created_time": "yesterday", "last_edited_time": 1735579380000}
				""");

		IntegrationItem item = NotionItems.toItem(page).orElseThrow();

		assertThat(item.creationTime()).isNull();
		assertThat(item.lastModifiedTime()).isNull();
	}

	@Test
	void itemsKeepResultOrder() {
		ObjectNode trashed = recorded(LAST_PAGE_2025, 0);
		trashed.put("in_trash", true);
		List<JsonNode> results = List.of(recorded(PAGE1_2025, 0), trashed, recorded(PAGE1_2025, 2),
				recorded(PAGE1_2025, 1));

		List<IntegrationItem> items = NotionItems.toItems(results);

		assertThat(items).extracting(IntegrationItem::id)
			.containsExactly("11111111-aaaa-4bbb-8ccc-000000000001", "44444444-aaaa-4bbb-8ccc-000000000004",
					"33333333-aaaa-4bbb-8ccc-000000000003");
	}

	private static ObjectNode recorded(String file, int index) {
		JsonNode response = ProviderTestSupport.json().readTree(ProviderTestSupport.payload("notion", file));
		return (ObjectNode) response.path("results").get(index);
	}

	private static JsonNode json(String text) {
		return ProviderTestSupport.json().readTree(text);
	}

}
