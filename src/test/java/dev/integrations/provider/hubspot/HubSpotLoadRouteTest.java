package dev.integrations.provider.hubspot;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

import dev.integrations.provider.ProviderTestSupport;
import dev.integrations.support.NoDelayMockWebServer;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Loads HubSpot items through the running service's {@code /load} route, with the data API served
 * by a fake under a path prefix, as the sandbox stand-in serves it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "logging.file.path=target/test-logs")
class HubSpotLoadRouteTest {

	private static final String API_PREFIX = "/hubspot-api";

	private static final MockWebServer server = NoDelayMockWebServer.create();

	private static final FakeHubSpotCrm crm = new FakeHubSpotCrm(API_PREFIX);

	private static final String CREDENTIALS = "{\"access_token\": \"route-token\", \"token_type\": \"bearer\", "
			+ "\"hub_id\": 20250101}";

	@LocalServerPort
	private int port;

	@DynamicPropertySource
	static void hubSpotApi(DynamicPropertyRegistry registry) throws IOException {
		server.setDispatcher(crm);
		server.start(InetAddress.getLoopbackAddress(), 0);
		registry.add("integrations.providers.hubspot.api-base-uri", () -> server.url(API_PREFIX).toString());
	}

	@AfterEach
	void clearFake() {
		crm.clear();
	}

	@AfterAll
	static void stopServer() {
		server.close();
	}

	@Test
	void loadReturnsEveryItemAsJson() {
		serveRecordedPages();

		JsonNode items = ProviderTestSupport.json().readTree(post("/integrations/hubspot/load").body());

		assertThat(ids(items)).containsExactly("401_Contact", "402_Contact", "403_Contact", "9001_Company",
				"9002_Company", "9003_Company", "77001_Deal", "77002_Deal", "77003_Deal");
		assertThat(crm.requests()).hasSize(6);
	}

	@Test
	void loadedItemHasEveryContractField() {
		serveRecordedPages();

		JsonNode grace = ProviderTestSupport.json().readTree(post("/integrations/hubspot/load").body()).get(0);

		assertThat(grace.propertyNames()).containsExactlyInAnyOrder("id", "type", "directory", "parent_path_or_name",
				"parent_id", "name", "creation_time", "last_modified_time", "url", "children", "mime_type", "delta",
				"drive_id", "visibility");
		assertThat(grace.get("type").asString()).isEqualTo("Contact");
		assertThat(grace.get("name").asString()).isEqualTo("Grace Example");
		assertThat(OffsetDateTime.parse(grace.get("creation_time").asString()))
			.isEqualTo(OffsetDateTime.parse("2024-02-01T14:31:48.469Z"));
		assertThat(OffsetDateTime.parse(grace.get("last_modified_time").asString()))
			.isEqualTo(OffsetDateTime.parse("2025-07-07T20:27:17.947Z"));
		assertThat(grace.get("url").asString()).isEqualTo("https://app.hubspot.com/contacts/20250101/record/0-1/401");
		assertThat(grace.get("directory").asBoolean()).isFalse();
		assertThat(grace.get("visibility").asBoolean()).isTrue();
		assertThat(grace.get("parent_id").isNull()).isTrue();
	}

	@Test
	void legacyRouteLoadsTheSameItems() {
		serveRecordedPages();

		JsonNode items = ProviderTestSupport.json().readTree(post("/integrations/hubspot/get_hubspot_items").body());

		assertThat(items.size()).isEqualTo(9);
	}

	@Test
	void rejectedTokenGivesBadGateway() {
		serveRecordedPages();
		crm.error("companies", 401, ProviderTestSupport.payload("hubspot", "error_401_expired_authentication.json"));

		Response response = post("/integrations/hubspot/load");

		String detail = ProviderTestSupport.json().readTree(response.body()).get("detail").asString();
		assertThat(response.status().value()).isEqualTo(502);
		assertThat(detail).contains("HubSpot");
		assertThat(response.body()).doesNotContain("EXPIRED_AUTHENTICATION");
		assertThat(response.body()).doesNotContain("route-token");
	}

	private void serveRecordedPages() {
		crm.page("contacts", null, payload("contacts_page1.json"))
			.page("contacts", "403", payload("contacts_last_page.json"))
			.page("companies", null, payload("companies_page1.json"))
			.page("companies", "9003", payload("companies_last_page.json"))
			.page("deals", null, payload("deals_page1.json"))
			.page("deals", "77003", payload("deals_last_page.json"));
	}

	private Response post(String path) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("credentials", CREDENTIALS);
		return RestClient.create("http://127.0.0.1:" + this.port)
			.post()
			.uri(path)
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(form)
			.exchange((request, response) -> new Response(response.getStatusCode(),
					new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8)));
	}

	private static List<String> ids(JsonNode items) {
		List<String> ids = new ArrayList<>();
		items.forEach((item) -> ids.add(item.get("id").asString()));
		return ids;
	}

	private static String payload(String file) {
		return ProviderTestSupport.payload("hubspot", file);
	}

	private record Response(HttpStatusCode status, String body) {
	}

}
