package dev.integrations.sandbox;

import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole flow for each provider against its stand-in: the token request the service sends, and
 * the complete item list that every page of every list gives.
 */
class ServiceLoadFlowTest extends ServiceFlows {

	private static final List<String> ITEM_FIELDS = List.of("id", "type", "directory", "parent_path_or_name",
			"parent_id", "name", "creation_time", "last_modified_time", "url", "children", "mime_type", "delta",
			"drive_id", "visibility");

	@Test
	void airtableFlowSendsPkceAndBasicForm() {
		Connection connection = connect("airtable", "U-airtable", "O-1");
		SandboxTokenRequest tokenRequest = this.events.lastTokenRequest("airtable");

		assertThat(tokenRequest.authorizationScheme()).isEqualTo("Basic");
		assertThat(tokenRequest.basicClientId()).isEqualTo(this.clients.clientFor("airtable").clientId());
		assertThat(tokenRequest.contentType()).startsWith("application/x-www-form-urlencoded");
		assertThat(tokenRequest.parameters()).doesNotContainKey("client_secret");
		assertThat(tokenRequest.parameters().get("grant_type")).isEqualTo("authorization_code");
		assertThat(tokenRequest.parameters().get("code")).isEqualTo(connection.callbackParameters().get("code"));
		assertThat(tokenRequest.parameters().get("redirect_uri")).isEqualTo(redirectUri("airtable"));
		assertThat(s256(tokenRequest.parameters().get("code_verifier")))
			.isEqualTo(connection.authorizationParameters().get("code_challenge"));
		assertThat(connection.authorizationParameters()).containsEntry("code_challenge_method", "S256")
			.containsEntry("scope", "schema.bases:read data.records:read");
	}

	@Test
	void notionFlowSendsBasicJson() {
		Connection connection = connect("notion", "U-notion", "O-1");
		SandboxTokenRequest tokenRequest = this.events.lastTokenRequest("notion");

		assertThat(tokenRequest.authorizationScheme()).isEqualTo("Basic");
		assertThat(tokenRequest.basicClientId()).isEqualTo(this.clients.clientFor("notion").clientId());
		assertThat(tokenRequest.contentType()).startsWith("application/json");
		assertThat(tokenRequest.parameters()).containsEntry("grant_type", "authorization_code")
			.containsEntry("redirect_uri", redirectUri("notion"))
			.doesNotContainKey("code_verifier");
		assertThat(connection.authorizationParameters()).containsEntry("owner", "user").doesNotContainKey("scope");
	}

	@Test
	void hubspotFlowSendsSecretInForm() {
		Connection connection = connect("hubspot", "U-hubspot", "O-1");
		SandboxTokenRequest tokenRequest = this.events.lastTokenRequest("hubspot");

		assertThat(tokenRequest.authorizationScheme()).isNull();
		assertThat(tokenRequest.contentType()).startsWith("application/x-www-form-urlencoded");
		assertThat(tokenRequest.parameters()).containsEntry("client_id", this.clients.clientFor("hubspot").clientId())
			.containsEntry("client_secret", this.clients.clientFor("hubspot").clientSecret())
			.containsEntry("grant_type", "authorization_code");
		assertThat(tokenRequest.path()).isEqualTo("/sandbox/hubspot/oauth/v3/token");
		assertThat(connection.authorizationParameters()).containsEntry("scope",
				"oauth crm.objects.contacts.read crm.objects.companies.read crm.objects.deals.read");
	}

	@Test
	void airtableLoadListsEveryBaseAndTable() {
		JsonNode credentials = takeCredentials(connect("airtable", "U-at-load", "O-1"));

		List<JsonNode> items = loadItems("airtable", credentials);

		List<JsonNode> bases = ofType(items, "Base");
		List<JsonNode> tables = ofType(items, "Table");
		assertThat(bases).hasSize(14);
		assertThat(tables).hasSize(items.size() - 14);
		assertThat(callsTo("airtable", "/sandbox/airtable/v0/meta/bases")).isEqualTo(4);
		assertThat(callsStartingWith("airtable", "/sandbox/airtable/v0/meta/bases/")).isEqualTo(14);
		JsonNode table = tables.getFirst();
		String parentId = table.get("parent_id").stringValue();
		JsonNode parent = bases.stream().filter((base) -> base.get("id").stringValue().equals(parentId)).findFirst()
			.orElseThrow();
		assertThat(table.get("parent_path_or_name").stringValue()).isEqualTo(parent.get("name").stringValue());
		assertThat(strings(parent.get("children"))).contains(table.get("id").stringValue());
	}

	@Test
	void notionLoadFollowsEveryCursor() {
		JsonNode credentials = takeCredentials(connect("notion", "U-nt-load", "O-1"));

		List<JsonNode> items = loadItems("notion", credentials);

		assertThat(items).hasSize(123);
		assertThat(callsTo("notion", "/sandbox/notion/v1/search")).isEqualTo(2);
		assertThat(ofType(items, "page")).isNotEmpty();
		assertThat(ofType(items, "data_source")).isNotEmpty();
		assertThat(names(items)).contains("Q3 planning notes", "Migrate billing service", "設計レビュー",
				"Café Notes ☕", "客户 Customers", "Rocket Labs 🚀");
		assertThat(names(items)).doesNotContain("Old roadmap", "Draft: pricing 2023");
		assertThat(names(items).stream().filter((name) -> name == null)).hasSize(1);
	}

	@Test
	void hubspotLoadListsAllThreeTypes() {
		JsonNode credentials = takeCredentials(connect("hubspot", "U-hs-load", "O-1"));

		List<JsonNode> items = loadItems("hubspot", credentials);

		assertThat(ofType(items, "Contact")).hasSize(129);
		assertThat(ofType(items, "Company")).hasSize(114);
		assertThat(ofType(items, "Deal")).hasSize(119);
		assertThat(ids(items)).contains("1135_Contact", "1135_Company");
		assertThat(callsTo("hubspot", "/sandbox/hubspot/crm/v3/objects/contacts")).isEqualTo(2);
		assertThat(callsTo("hubspot", "/sandbox/hubspot/crm/v3/objects/companies")).isEqualTo(2);
		assertThat(callsTo("hubspot", "/sandbox/hubspot/crm/v3/objects/deals")).isEqualTo(2);
		assertThat(items).allSatisfy((item) -> assertThat(item.get("url").stringValue())
			.startsWith("https://app.hubspot.com/contacts/"));
	}

	@Test
	void everyItemHasFourteenFields() {
		for (String provider : List.of("airtable", "notion", "hubspot")) {
			JsonNode credentials = takeCredentials(connect(provider, "U-fields", "O-1"));

			List<JsonNode> items = loadItems(provider, credentials);

			assertThat(items).allSatisfy((item) -> assertThat(fieldNames(item)).containsExactlyElementsOf(ITEM_FIELDS));
			assertThat(new HashSet<>(ids(items))).hasSameSizeAs(items);
		}
	}

	private List<JsonNode> loadItems(String provider, JsonNode credentials) {
		HttpResponse<String> response = load(provider, credentials);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return StreamSupport.stream(json(response).spliterator(), false).toList();
	}

	private long callsTo(String provider, String path) {
		return this.events.apiCalls(provider).stream().filter((call) -> call.path().equals(path)).count();
	}

	private long callsStartingWith(String provider, String prefix) {
		return this.events.apiCalls(provider).stream().filter((call) -> call.path().startsWith(prefix)).count();
	}

	private static List<JsonNode> ofType(List<JsonNode> items, String type) {
		return items.stream().filter((item) -> type.equals(item.get("type").stringValue())).toList();
	}

	private static List<String> ids(List<JsonNode> items) {
		return items.stream().map((item) -> item.get("id").stringValue()).toList();
	}

	private static List<String> names(List<JsonNode> items) {
		return items.stream().map((item) -> item.get("name").isNull() ? null : item.get("name").stringValue())
			.collect(Collectors.toList());
	}

	private static List<String> strings(JsonNode array) {
		return StreamSupport.stream(array.spliterator(), false).map(JsonNode::stringValue).toList();
	}

	private static List<String> fieldNames(JsonNode item) {
		return List.copyOf(item.propertyNames());
	}

}
