package dev.integrations.provider.hubspot;

import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.integrations.item.IntegrationItem;
import dev.integrations.provider.ProviderTestSupport;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

class HubSpotItemMapperTest {

	private static final String HUB_ID = "20250101";

	private final HubSpotItemMapper mapper = new HubSpotItemMapper(HUB_ID);

	@Test
	void contactMapsEveryField() {
		HubSpotObject grace = page("contacts_page1.json").results().get(0);

		IntegrationItem item = this.mapper.toItem(HubSpotObjectType.CONTACTS, grace);

		assertThat(item.id()).isEqualTo("401_Contact");
		assertThat(item.type()).isEqualTo("Contact");
		assertThat(item.name()).isEqualTo("Grace Example");
		assertThat(item.creationTime()).isEqualTo(OffsetDateTime.parse("2024-02-01T14:31:48.469Z"));
		assertThat(item.lastModifiedTime()).isEqualTo(OffsetDateTime.parse("2025-07-07T20:27:17.947Z"));
		assertThat(item.url()).isEqualTo("https://app.hubspot.com/contacts/20250101/record/0-1/401");
		assertThat(item.directory()).isFalse();
		assertThat(item.visibility()).isTrue();
		assertThat(item.parentId()).isNull();
		assertThat(item.parentPathOrName()).isNull();
		assertThat(item.children()).isNull();
		assertThat(item.mimeType()).isNull();
		assertThat(item.delta()).isNull();
		assertThat(item.driveId()).isNull();
	}

	@Test
	void companyMapsEveryField() {
		HubSpotObject acme = page("companies_page1.json").results().get(0);

		IntegrationItem item = this.mapper.toItem(HubSpotObjectType.COMPANIES, acme);

		assertThat(item.id()).isEqualTo("9001_Company");
		assertThat(item.type()).isEqualTo("Company");
		assertThat(item.name()).isEqualTo("Acme Widgets");
		assertThat(item.creationTime()).isEqualTo(OffsetDateTime.parse("2024-01-10T10:36:45.123Z"));
		assertThat(item.lastModifiedTime()).isEqualTo(OffsetDateTime.parse("2024-01-15T14:22:10.456Z"));
		assertThat(item.url()).isEqualTo("https://app.hubspot.com/contacts/20250101/record/0-2/9001");
		assertThat(item.directory()).isFalse();
		assertThat(item.visibility()).isTrue();
		assertThat(item.parentId()).isNull();
	}

	@Test
	void dealMapsEveryField() {
		HubSpotObject renewal = page("deals_page1.json").results().get(0);

		IntegrationItem item = this.mapper.toItem(HubSpotObjectType.DEALS, renewal);

		assertThat(item.id()).isEqualTo("77001_Deal");
		assertThat(item.type()).isEqualTo("Deal");
		assertThat(item.name()).isEqualTo("Annual license renewal");
		assertThat(item.creationTime()).isEqualTo(OffsetDateTime.parse("2025-10-30T03:30:17.883Z"));
		assertThat(item.lastModifiedTime()).isEqualTo(OffsetDateTime.parse("2025-11-07T16:50:06.678Z"));
		assertThat(item.url()).isEqualTo("https://app.hubspot.com/contacts/20250101/record/0-3/77001");
		assertThat(item.directory()).isFalse();
		assertThat(item.visibility()).isTrue();
		assertThat(item.parentId()).isNull();
	}

	@Test
	void everyPayloadPageMapsInOrder() {
		assertThat(ids(HubSpotObjectType.CONTACTS, "contacts_page1.json")).containsExactly("401_Contact", "402_Contact");
		assertThat(ids(HubSpotObjectType.CONTACTS, "contacts_last_page.json")).containsExactly("403_Contact");
		assertThat(ids(HubSpotObjectType.COMPANIES, "companies_page1.json")).containsExactly("9001_Company",
				"9002_Company");
		assertThat(ids(HubSpotObjectType.COMPANIES, "companies_last_page.json")).containsExactly("9003_Company");
		assertThat(ids(HubSpotObjectType.DEALS, "deals_page1.json")).containsExactly("77001_Deal", "77002_Deal");
		assertThat(ids(HubSpotObjectType.DEALS, "deals_last_page.json")).containsExactly("77003_Deal");
	}

	@Test
	void contactFirstNameAloneIsName() {
		HubSpotObject linus = page("contacts_page1.json").results().get(1);

		IntegrationItem item = this.mapper.toItem(HubSpotObjectType.CONTACTS, linus);

		assertThat(item.name()).isEqualTo("Linus");
	}

	@Test
	void contactWithoutNamesUsesEmail() {
		HubSpotObject margaret = contact("{\"firstname\": null, \"lastname\": \" \", "
				+ "\"email\": \"margaret.sample@example.invalid\"}");

		IntegrationItem item = this.mapper.toItem(HubSpotObjectType.CONTACTS, margaret);

		assertThat(item.name()).isEqualTo("margaret.sample@example.invalid");
	}

	@Test
	void contactWithoutNamesOrEmailHasNoName() {
		HubSpotObject nobody = contact("{\"firstname\": null, \"lastname\": null, \"email\": null}");

		IntegrationItem item = this.mapper.toItem(HubSpotObjectType.CONTACTS, nobody);

		assertThat(item.name()).isNull();
	}

	@Test
	void contactNamePartsAreTrimmed() {
		HubSpotObject padded = contact("{\"firstname\": \"  Ada \", \"lastname\": \" Lovelace\\t\"}");
		HubSpotObject lastOnly = contact("{\"firstname\": \"\", \"lastname\": \"Lovelace\"}");

		IntegrationItem paddedItem = this.mapper.toItem(HubSpotObjectType.CONTACTS, padded);
		IntegrationItem lastOnlyItem = this.mapper.toItem(HubSpotObjectType.CONTACTS, lastOnly);

		assertThat(paddedItem.name()).isEqualTo("Ada Lovelace");
		assertThat(lastOnlyItem.name()).isEqualTo("Lovelace");
	}

	@Test
	void blankCompanyNameIsNull() {
		HubSpotObject company = object("{\"id\": \"9\", \"properties\": {\"name\": \"  \"}}");

		IntegrationItem item = this.mapper.toItem(HubSpotObjectType.COMPANIES, company);

		assertThat(item.name()).isNull();
	}

	@Test
	void archivedRecordsAreLeftOut() {
		HubSpotObjectPage archived = page("contacts_archived_page.json");

		List<IntegrationItem> items = this.mapper.toItems(HubSpotObjectType.CONTACTS, archived.results());

		assertThat(archived.results()).hasSize(1);
		assertThat(items).isEmpty();
	}

	@Test
	void recordsWithoutIdAreLeftOut() {
		List<HubSpotObject> objects = List.of(object("{\"properties\": {\"name\": \"No id\"}}"),
				object("{\"id\": \" \", \"properties\": {\"name\": \"Blank id\"}}"),
				object("{\"id\": \"7\", \"properties\": {\"name\": \"Kept\"}}"));

		List<IntegrationItem> items = this.mapper.toItems(HubSpotObjectType.COMPANIES, objects);

		assertThat(items).extracting(IntegrationItem::id).containsExactly("7_Company");
	}

	@Test
	void unicodeNamesStayIntact() {
		HubSpotObject contact = contact("{\"firstname\": \"Zoë\", \"lastname\": \"Ñúñez-Łukasiewicz\"}");
		HubSpotObject company = object("{\"id\": \"5\", \"properties\": {\"name\": \"株式会社サンプル\"}}");
		HubSpotObject deal = object("{\"id\": \"6\", \"properties\": {\"dealname\": \"Ünïcødé 🚀 deal\"}}");

		IntegrationItem contactItem = this.mapper.toItem(HubSpotObjectType.CONTACTS, contact);
		IntegrationItem companyItem = this.mapper.toItem(HubSpotObjectType.COMPANIES, company);
		IntegrationItem dealItem = this.mapper.toItem(HubSpotObjectType.DEALS, deal);

		assertThat(contactItem.name()).isEqualTo("Zoë Ñúñez-Łukasiewicz");
		assertThat(companyItem.name()).isEqualTo("株式会社サンプル");
		assertThat(dealItem.name()).isEqualTo("Ünïcødé 🚀 deal");
	}

	@Test
	void unknownFieldsAreIgnored() {
		String json = """
				{"results": [{"id": "12", "properties": {"name": "Initech", "hs_object_id": "12", "unrequested": "x"},
				  "createdAt": "2024-01-01T00:00:00Z", "updatedAt": "2024-01-02T00:00:00Z", "archived": false,
				  "associations": {"contacts": {"results": [{"id": "401", "type": "company_to_contact"}]}},
				  "propertiesWithHistory": {"name": [{"value": "Initech", "timestamp": "2024-01-01T00:00:00Z"}]},
				  "objectWriteTraceId": "trace-1"}],
				 "paging": {"next": {"after": "13", "link": "https://api.hubapi.com/x", "extra": 1}, "prev": {"before": "1"}},
				 "total": 99}
				""";

		HubSpotObjectPage page = ProviderTestSupport.json().readValue(json, HubSpotObjectPage.class);
		IntegrationItem item = this.mapper.toItem(HubSpotObjectType.COMPANIES, page.results().get(0));

		assertThat(item.id()).isEqualTo("12_Company");
		assertThat(item.name()).isEqualTo("Initech");
		assertThat(page.nextAfter()).contains("13");
	}

	@Test
	void urlWithoutHubIdIsNull() {
		HubSpotObject grace = page("contacts_page1.json").results().get(0);

		IntegrationItem withoutHubId = new HubSpotItemMapper(null).toItem(HubSpotObjectType.CONTACTS, grace);
		IntegrationItem blankHubId = new HubSpotItemMapper(" ").toItem(HubSpotObjectType.CONTACTS, grace);

		assertThat(withoutHubId.url()).isNull();
		assertThat(blankHubId.url()).isNull();
	}

	@Test
	void urlEncodesItsSegments() {
		HubSpotObject odd = object("{\"id\": \"1/2\", \"properties\": {}}");

		IntegrationItem item = new HubSpotItemMapper("12 34").toItem(HubSpotObjectType.DEALS, odd);

		assertThat(item.url()).isEqualTo("https://app.hubspot.com/contacts/12%2034/record/0-3/1%2F2");
	}

	@Test
	void missingPropertyTimesUseRecordTimes() {
		HubSpotObject deal = object("""
				{"id": "3", "properties": {"dealname": "D", "createdate": null},
				 "createdAt": "2024-03-01T10:00:00Z", "updatedAt": "2024-03-02T11:00:00Z"}
				""");

		IntegrationItem item = this.mapper.toItem(HubSpotObjectType.DEALS, deal);

		assertThat(item.creationTime()).isEqualTo(OffsetDateTime.parse("2024-03-01T10:00:00Z"));
		assertThat(item.lastModifiedTime()).isEqualTo(OffsetDateTime.parse("2024-03-02T11:00:00Z"));
	}

	@Test
	void contactsReadLastModifiedDate() {
		HubSpotObject contact = object("""
				{"id": "4", "properties": {"lastmodifieddate": "2024-05-05T05:05:05Z",
				 "hs_lastmodifieddate": "2000-01-01T00:00:00Z"}, "updatedAt": "2001-01-01T00:00:00Z"}
				""");

		IntegrationItem item = this.mapper.toItem(HubSpotObjectType.CONTACTS, contact);

		assertThat(item.lastModifiedTime()).isEqualTo(OffsetDateTime.parse("2024-05-05T05:05:05Z"));
	}

	@Test
	void malformedPropertyTimeUsesRecordTime() {
		HubSpotObject company = object("""
				{"id": "8", "properties": {"createdate": "yesterday", "hs_lastmodifieddate": "2024-13-45T99:00:00Z"},
				 "createdAt": "2024-03-01T10:00:00Z", "updatedAt": "2024-03-02T11:00:00Z"}
				""");

		IntegrationItem item = this.mapper.toItem(HubSpotObjectType.COMPANIES, company);

		assertThat(item.creationTime()).isEqualTo(OffsetDateTime.parse("2024-03-01T10:00:00Z"));
		assertThat(item.lastModifiedTime()).isEqualTo(OffsetDateTime.parse("2024-03-02T11:00:00Z"));
	}

	@Test
	void malformedTimesEverywhereGiveNull() {
		HubSpotObject company = object("""
				{"id": "8", "properties": {"createdate": "soon", "hs_lastmodifieddate": "later"},
				 "createdAt": "not a date", "updatedAt": ""}
				""");

		IntegrationItem item = this.mapper.toItem(HubSpotObjectType.COMPANIES, company);

		assertThat(item.creationTime()).isNull();
		assertThat(item.lastModifiedTime()).isNull();
	}

	private static HubSpotObjectPage page(String file) {
		return ProviderTestSupport.json()
			.readValue(ProviderTestSupport.payload("hubspot", file), HubSpotObjectPage.class);
	}

	private List<String> ids(HubSpotObjectType type, String file) {
		return this.mapper.toItems(type, page(file).results()).stream().map(IntegrationItem::id).toList();
	}

	/** Returns the recorded contact 403 with its name properties replaced by {@code namesJson}. */
	private static HubSpotObject contact(String namesJson) {
		ObjectNode record = (ObjectNode) ProviderTestSupport.json()
			.readTree(ProviderTestSupport.payload("hubspot", "contacts_last_page.json"))
			.get("results")
			.get(0);
		((ObjectNode) record.get("properties")).setAll((ObjectNode) ProviderTestSupport.json().readTree(namesJson));
		return ProviderTestSupport.json().treeToValue(record, HubSpotObject.class);
	}

	private static HubSpotObject object(String json) {
		return ProviderTestSupport.json().readValue(json, HubSpotObject.class);
	}

}
