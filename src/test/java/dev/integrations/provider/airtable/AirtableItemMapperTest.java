package dev.integrations.provider.airtable;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.integrations.item.IntegrationItem;
import dev.integrations.provider.ProviderTestSupport;
import dev.integrations.provider.airtable.BaseSchemaResponse.Table;
import dev.integrations.provider.airtable.ListBasesResponse.Base;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Maps recorded Airtable meta API payloads to items. */
class AirtableItemMapperTest {

	/** Fails on unknown members, so that only the records' own annotations let them pass. */
	private static final JsonMapper STRICT_JSON = JsonMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	@Test
	void firstPageHasBasesAndOffset() {
		ListBasesResponse page = read("list_bases_page1.json", ListBasesResponse.class);

		assertThat(page.bases()).extracting(Base::id).containsExactly("appQx7Lm2Nw8Rt4Vb", "appF3kT9sHn2Wq6Yd",
				"appZ8pR4vMx1Kc7Je");
		assertThat(page.bases().get(0).permissionLevel()).isEqualTo("create");
		assertThat(page.offset()).isEqualTo("itrA1b2C3d4E5f6G7/appZ8pR4vMx1Kc7Je");
	}

	@Test
	void lastPageHasNoOffset() {
		ListBasesResponse page = read("list_bases_last_page.json", ListBasesResponse.class);

		assertThat(page.bases()).extracting(Base::name).containsExactly("Event Planning");
		assertThat(page.offset()).isNull();
	}

	@Test
	void schemaReadsTablesFieldsAndViews() {
		BaseSchemaResponse schema = read("base_schema_tables.json", BaseSchemaResponse.class);

		Table features = schema.tables().get(0);
		assertThat(schema.tables()).extracting(Table::id).containsExactly("tblR7mK2pX9vL4nQa", "tblS2nL3qY8wK5mPb");
		assertThat(features.primaryFieldId()).isEqualTo("fldA1qW2eR3tY4uIo");
		assertThat(features.description()).isEqualTo("Planned product features");
		assertThat(features.fields()).extracting(BaseSchemaResponse.Field::type).containsExactly("singleLineText",
				"singleSelect", "singleCollaborator", "multipleRecordLinks");
		assertThat(features.views()).extracting(BaseSchemaResponse.View::type).containsExactly("grid", "kanban");
		assertThat(schema.tables().get(1).description()).isNull();
	}

	@Test
	void baseItemHasEveryField() {
		IntegrationItem item = AirtableItemMapper.toItems(firstBase(), schema()).get(0);

		assertThat(item.id()).isEqualTo("appQx7Lm2Nw8Rt4Vb_Base");
		assertThat(item.type()).isEqualTo("Base");
		assertThat(item.directory()).isTrue();
		assertThat(item.parentPathOrName()).isNull();
		assertThat(item.parentId()).isNull();
		assertThat(item.name()).isEqualTo("Product Roadmap");
		assertThat(item.creationTime()).isNull();
		assertThat(item.lastModifiedTime()).isNull();
		assertThat(item.url()).isEqualTo("https://airtable.com/appQx7Lm2Nw8Rt4Vb");
		assertThat(item.children()).containsExactly("tblR7mK2pX9vL4nQa_Table", "tblS2nL3qY8wK5mPb_Table");
		assertThat(item.mimeType()).isNull();
		assertThat(item.delta()).isNull();
		assertThat(item.driveId()).isNull();
		assertThat(item.visibility()).isTrue();
	}

	@Test
	void tableItemHasEveryField() {
		IntegrationItem item = AirtableItemMapper.toItems(firstBase(), schema()).get(2);

		assertThat(item.id()).isEqualTo("tblS2nL3qY8wK5mPb_Table");
		assertThat(item.type()).isEqualTo("Table");
		assertThat(item.directory()).isFalse();
		assertThat(item.parentPathOrName()).isEqualTo("Product Roadmap");
		assertThat(item.parentId()).isEqualTo("appQx7Lm2Nw8Rt4Vb_Base");
		assertThat(item.name()).isEqualTo("Releases");
		assertThat(item.creationTime()).isNull();
		assertThat(item.lastModifiedTime()).isNull();
		assertThat(item.url()).isEqualTo("https://airtable.com/appQx7Lm2Nw8Rt4Vb/tblS2nL3qY8wK5mPb");
		assertThat(item.children()).isNull();
		assertThat(item.mimeType()).isNull();
		assertThat(item.delta()).isNull();
		assertThat(item.driveId()).isNull();
		assertThat(item.visibility()).isTrue();
	}

	@Test
	void itemsListBaseBeforeTables() {
		List<IntegrationItem> items = AirtableItemMapper.toItems(firstBase(), schema());

		assertThat(items).extracting(IntegrationItem::type).containsExactly("Base", "Table", "Table");
	}

	@Test
	void baseWithoutTablesHasNoChildren() {
		IntegrationItem item = AirtableItemMapper.toBaseItem(firstBase(), List.of());

		assertThat(item.directory()).isTrue();
		assertThat(item.children()).isEmpty();
	}

	@Test
	void unknownFieldsAreIgnored() {
		String json = """
				{"bases": [{"id": "appU1n2K3n4O5w6N7", "name": "Extra", "permissionLevel": "read",
				  "workspaceId": "wspA1b2C3d4E5f6G7"}], "offset": null, "nextPageHint": {"size": 1}}""";

		ListBasesResponse page = STRICT_JSON.readValue(json, ListBasesResponse.class);

		assertThat(page.bases()).extracting(Base::id).containsExactly("appU1n2K3n4O5w6N7");
	}

	@Test
	void unicodeNamesStayIntact() {
		Base base = STRICT_JSON.readValue("{\"id\": \"appC4f3T0ky0Xx1Yy\", \"name\": \"Café ☕ 東京\"}", Base.class);
		BaseSchemaResponse schema = STRICT_JSON.readValue(
				"{\"tables\": [{\"id\": \"tblC4f3T0ky0Xx1Yy\", \"name\": \"Menü 🍣 メニュー\"}]}", BaseSchemaResponse.class);

		List<IntegrationItem> items = AirtableItemMapper.toItems(base, schema);

		assertThat(items.get(0).name()).isEqualTo("Café ☕ 東京");
		assertThat(items.get(1).name()).isEqualTo("Menü 🍣 メニュー");
		assertThat(items.get(1).parentPathOrName()).isEqualTo("Café ☕ 東京");
	}

	@Test
	void tableWithoutFieldsOrViewsGetsEmptyLists() {
		BaseSchemaResponse schema = STRICT_JSON.readValue("{\"tables\": [{\"id\": \"tblE1m2P3t4Y5z6A7\"}]}",
				BaseSchemaResponse.class);

		assertThat(schema.tables().get(0).fields()).isEmpty();
		assertThat(schema.tables().get(0).views()).isEmpty();
	}

	@Test
	void urlEncodesEachIdAsSegment() {
		Base base = new Base("app x/y", "Odd", "read");
		Table table = STRICT_JSON.readValue("{\"id\": \"tbl?#\"}", Table.class);

		IntegrationItem item = AirtableItemMapper.toTableItem(base, table);

		assertThat(item.url()).isEqualTo("https://airtable.com/app%20x%2Fy/tbl%3F%23");
	}

	@Test
	void baseWithoutIdIsRejected() {
		assertThatExceptionOfType(JacksonException.class)
			.isThrownBy(() -> STRICT_JSON.readValue("{\"bases\": [{\"name\": \"No id\"}]}", ListBasesResponse.class))
			.havingRootCause()
			.withMessage("Airtable base is missing its 'id'");
	}

	@Test
	void missingBasesArrayIsRejected() {
		assertThatExceptionOfType(JacksonException.class)
			.isThrownBy(() -> STRICT_JSON.readValue("{\"offset\": \"itrA/appB\"}", ListBasesResponse.class))
			.havingRootCause()
			.withMessage("Airtable list-bases response is missing the 'bases' array");
	}

	@Test
	void tableWithoutIdIsRejected() {
		assertThatExceptionOfType(JacksonException.class)
			.isThrownBy(() -> STRICT_JSON.readValue("{\"tables\": [{\"name\": \"No id\"}]}", BaseSchemaResponse.class))
			.havingRootCause()
			.withMessage("Airtable table is missing its 'id'");
	}

	private static Base firstBase() {
		return read("list_bases_page1.json", ListBasesResponse.class).bases().get(0);
	}

	private static BaseSchemaResponse schema() {
		return read("base_schema_tables.json", BaseSchemaResponse.class);
	}

	private static <T> T read(String file, Class<T> type) {
		return STRICT_JSON.readValue(ProviderTestSupport.payload("airtable", file), type);
	}

}
