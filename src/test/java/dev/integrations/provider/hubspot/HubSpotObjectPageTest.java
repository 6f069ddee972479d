package dev.integrations.provider.hubspot;

import org.junit.jupiter.api.Test;

import dev.integrations.provider.ProviderTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

class HubSpotObjectPageTest {

	@Test
	void firstPageGivesNextCursor() {
		HubSpotObjectPage page = read(ProviderTestSupport.payload("hubspot", "contacts_page1.json"));

		assertThat(page.nextAfter()).contains("403");
		assertThat(page.results()).hasSize(2);
	}

	@Test
	void lastPageHasNoCursor() {
		HubSpotObjectPage page = read(ProviderTestSupport.payload("hubspot", "deals_last_page.json"));

		assertThat(page.nextAfter()).isEmpty();
	}

	@Test
	void recordReadsEveryMember() {
		HubSpotObject archived = read(ProviderTestSupport.payload("hubspot", "contacts_archived_page.json")).results()
			.get(0);

		assertThat(archived.id()).isEqualTo("399");
		assertThat(archived.property("email")).isEqualTo("old.contact@example.invalid");
		assertThat(archived.createdAt()).isEqualTo("2023-11-02T10:00:00.000Z");
		assertThat(archived.updatedAt()).isEqualTo("2024-01-15T12:00:00.000Z");
		assertThat(archived.isArchived()).isTrue();
		assertThat(archived.archivedAt()).isEqualTo("2024-01-15T12:00:00.000Z");
	}

	@Test
	void nullPropertyValuesStayNull() {
		HubSpotObject linus = read(ProviderTestSupport.payload("hubspot", "contacts_page1.json")).results().get(1);

		assertThat(linus.properties()).containsKey("email");
		assertThat(linus.property("email")).isNull();
	}

	@Test
	void blankOrMissingCursorEndsPaging() {
		HubSpotObjectPage blank = read("{\"results\": [], \"paging\": {\"next\": {\"after\": \" \"}}}");
		HubSpotObjectPage noAfter = read("{\"results\": [], \"paging\": {\"next\": {\"link\": \"x\"}}}");
		HubSpotObjectPage noNext = read("{\"results\": [], \"paging\": {}}");

		assertThat(blank.nextAfter()).isEmpty();
		assertThat(noAfter.nextAfter()).isEmpty();
		assertThat(noNext.nextAfter()).isEmpty();
	}

	@Test
	void missingMembersBecomeEmpty() {
		HubSpotObjectPage page = read("{\"results\": [null, {\"id\": \"1\"}]}");
		HubSpotObjectPage noResults = read("{}");

		assertThat(page.results()).hasSize(1);
		assertThat(page.results().get(0).properties()).isEmpty();
		assertThat(page.results().get(0).isArchived()).isFalse();
		assertThat(noResults.results()).isEmpty();
	}

	private static HubSpotObjectPage read(String json) {
		return ProviderTestSupport.json().readValue(json, HubSpotObjectPage.class);
	}

}
