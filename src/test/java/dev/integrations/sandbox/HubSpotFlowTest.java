package dev.integrations.sandbox;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Drives the sandbox HubSpot over HTTP: exact scopes, body credentials, and CRM paging. */
class HubSpotFlowTest extends HubSpotHttpTest {

	@Test
	void fullFlowLoadsEveryContact() {
		JsonNode tokens = connect();

		List<JsonNode> contacts = loadAll(tokens.get("access_token").stringValue(), "contacts", "limit=100");

		assertThat(tokens.get("token_type").stringValue()).isEqualTo("bearer");
		assertThat(tokens.get("expires_in").asInt()).isEqualTo(1800);
		assertThat(tokens.get("hub_id").isNumber()).isTrue();
		assertThat(tokens.get("scopes")).hasSize(4);
		assertThat(tokens.get("access_token").stringValue()).startsWith("sbx-hubspot-at-").hasSizeGreaterThan(300);
		assertThat(contacts).hasSizeGreaterThan(100);
		assertThat(contacts).allSatisfy((contact) -> assertThat(contact.get("archived").asBoolean()).isFalse());
		assertThat(this.events.apiCalls("hubspot")).hasSize(2);
		assertThat(this.events.apiCalls("hubspot").get(1).query()).containsKey("after");
	}

	@Test
	void tokenRequestEventShowsBodyCredentials() {
		exchange(V3_TOKEN, approve());

		SandboxTokenRequest request = this.events.lastTokenRequest("hubspot");
		assertThat(request.authorizationScheme()).isNull();
		assertThat(request.parameters()).containsEntry("client_id", "sandbox-hubspot-client");
		assertThat(request.parameters()).containsKey("client_secret");
		assertThat(request.toString()).doesNotContain(this.clients.clientFor("hubspot").clientSecret());
	}

	@Test
	void version1TokenOmitsHubId() {
		JsonNode tokens = json(exchange("/oauth/v1/token", approve()));

		assertThat(tokens.has("hub_id")).isFalse();
		assertThat(tokens.has("scopes")).isFalse();
		assertThat(tokens.get("expires_in").asInt()).isEqualTo(1800);
	}

	@Test
	void defaultPageHasTenRecords() {
		HttpResponse<String> response = crm(accessToken(), "companies", "");
		JsonNode page = json(response);

		assertThat(page.get("results")).hasSize(10);
		assertThat(page.get("results").get(0).get("properties").propertyNames()).containsExactlyInAnyOrder(
				"createdate", "domain", "hs_lastmodifieddate", "hs_object_id", "name");
		assertThat(page.get("paging").get("next").get("after").stringValue()).endsWith("=");
	}

	@Test
	void propertiesAcceptBothForms() {
		String accessToken = accessToken();

		JsonNode commaSeparated = json(crm(accessToken, "0-1", "properties=email,firstname,unknown_property"));
		JsonNode repeated = json(crm(accessToken, "contacts", "properties=email&properties=firstname"));

		assertThat(commaSeparated.get("results").get(0).get("properties").propertyNames())
			.containsExactly("email", "firstname");
		assertThat(repeated.get("results").get(0).get("properties").propertyNames())
			.containsExactly("email", "firstname");
	}

	@Test
	void archivedReturnsOnlyArchived() {
		List<JsonNode> archived = loadAll(accessToken(), "deals", "archived=true");

		assertThat(archived).isNotEmpty();
		assertThat(archived).allSatisfy((deal) -> assertThat(deal.get("archived").asBoolean()).isTrue());
		assertThat(archived).allSatisfy((deal) -> assertThat(deal.has("archivedAt")).isTrue());
	}

	@Test
	void hardCasesArePresent() {
		String accessToken = accessToken();

		List<JsonNode> contacts = loadAll(accessToken, "contacts", "limit=100");
		List<JsonNode> companies = loadAll(accessToken, "companies", "limit=100");

		assertThat(contacts).anySatisfy((contact) -> {
			assertThat(contact.get("properties").get("firstname").isNull()).isTrue();
			assertThat(contact.get("properties").get("lastname").isNull()).isTrue();
			assertThat(contact.get("properties").get("email").isString()).isTrue();
		});
		assertThat(contacts).extracting((contact) -> contact.get("id").stringValue())
			.containsAnyElementsOf(companies.stream().map((company) -> company.get("id").stringValue()).toList());
		assertThat(companies).anySatisfy((company) -> assertThat(company.toString()).contains("🚀"));
		assertThat(contacts).allSatisfy((contact) -> contact.get("properties").forEach((value) -> assertThat(
				value.isString() || value.isNull()).isTrue()));
	}

}
