package dev.integrations.sandbox;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** With the sandbox on and no client ids, {@code GET /integrations} lists every provider as a stand-in. */
class SandboxProviderListTest extends SandboxHttpTest {

	@Test
	void everyProviderIsListedAsSandbox() {
		HttpResponse<String> response = get(url("/integrations"));

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode list = json(response);
		assertThat(list).hasSize(3);
		assertEntry(list.get(0), "airtable", "Airtable");
		assertEntry(list.get(1), "hubspot", "HubSpot");
		assertEntry(list.get(2), "notion", "Notion");
	}

	@Test
	void listHidesStandInClients() {
		HttpResponse<String> response = get(url("/integrations"));

		for (String provider : new String[] { "airtable", "hubspot", "notion" }) {
			assertThat(response.body()).doesNotContain(this.clients.clientFor(provider).clientId());
			assertThat(response.body()).doesNotContain(this.clients.clientFor(provider).clientSecret());
		}
	}

	private static void assertEntry(JsonNode entry, String name, String displayName) {
		assertThat(entry.get("name").stringValue()).isEqualTo(name);
		assertThat(entry.get("display_name").stringValue()).isEqualTo(displayName);
		assertThat(entry.get("status").stringValue()).isEqualTo("sandbox");
	}

}
