package dev.integrations.provider.airtable;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import dev.integrations.item.IntegrationItem;
import dev.integrations.provider.ProviderException;
import dev.integrations.provider.ProviderTestSupport;
import dev.integrations.support.NoDelayMockWebServer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Loads items from a fake Airtable meta API over real HTTP. */
class AirtableIntegrationTest {

	private static final String ACCESS_TOKEN = "oaaTestAccessToken.v1.secret";

	private final FakeAirtable airtable = new FakeAirtable();

	private MockWebServer server;

	private AirtableIntegration integration;

	@BeforeEach
	void startServer() throws IOException {
		this.server = NoDelayMockWebServer.create();
		this.server.setDispatcher(this.airtable);
		this.server.start();
		this.integration = new AirtableIntegration(new AirtableProperties(), ProviderTestSupport.providerHttp(3));
	}

	@AfterEach
	void stopServer() {
		this.server.close();
	}

	@Test
	void loadFollowsEveryOffset() {
		List<IntegrationItem> items = load();

		List<String> baseIds = items.stream().filter((item) -> item.type().equals("Base")).map(IntegrationItem::id)
			.toList();
		assertThat(baseIds).containsExactly("appQx7Lm2Nw8Rt4Vb_Base", "appF3kT9sHn2Wq6Yd_Base", "appZ8pR4vMx1Kc7Je_Base",
				"appN5dW2qLs9Bt3Hx_Base");
		assertThat(listBasesRequests()).hasSize(2);
	}

	@Test
	void loadSendsOffsetUrlEncoded() {
		load();

		List<RecordedRequest> pages = listBasesRequests();
		assertThat(pages.get(0).getUrl().encodedQuery()).isNull();
		assertThat(pages.get(1).getUrl().encodedQuery()).isEqualTo("offset=itrA1b2C3d4E5f6G7%2FappZ8pR4vMx1Kc7Je");
		assertThat(pages.get(1).getUrl().queryParameter("offset")).isEqualTo(FakeAirtable.FIRST_PAGE_OFFSET);
	}

	@Test
	void loadFetchesTablesOfEveryBase() {
		load();

		List<String> schemaPaths = this.airtable.requestPaths().stream().filter((path) -> path.endsWith("/tables"))
			.toList();
		List<String> expected = FakeAirtable.BASE_IDS.stream().map((id) -> "/v0/meta/bases/" + id + "/tables")
			.toList();
		assertThat(schemaPaths).containsExactlyInAnyOrderElementsOf(expected);
	}

	@Test
	void loadSendsGetWithBearerToken() {
		load();

		List<RecordedRequest> requests = this.airtable.requests();
		assertThat(requests).hasSize(6);
		assertThat(requests).allSatisfy((request) -> assertThat(request.getMethod()).isEqualTo("GET"));
		assertThat(requests).allSatisfy((request) -> assertThat(request.getHeaders().get("Authorization"))
			.isEqualTo("Bearer " + ACCESS_TOKEN));
	}

	@Test
	void loadReturnsBasesFollowedByTables() {
		List<IntegrationItem> items = load();

		assertThat(items).extracting(IntegrationItem::id).containsExactly("appQx7Lm2Nw8Rt4Vb_Base",
				"tblR7mK2pX9vL4nQa_Table", "tblS2nL3qY8wK5mPb_Table", "appF3kT9sHn2Wq6Yd_Base", "tblF3kT9sHn2Wq6Yd_Table",
				"appZ8pR4vMx1Kc7Je_Base", "tblZ8pR4vMx1Kc7Je_Table", "appN5dW2qLs9Bt3Hx_Base", "tblN5dW2qLs9Bt3Hx_Table");
		assertThat(items.get(0).children()).containsExactly("tblR7mK2pX9vL4nQa_Table", "tblS2nL3qY8wK5mPb_Table");
		assertThat(items.get(4).parentId()).isEqualTo("appF3kT9sHn2Wq6Yd_Base");
		assertThat(items.get(4).parentPathOrName()).isEqualTo("Hiring Pipeline");
	}

	@Test
	void loadReturnsUniqueItemIds() {
		List<IntegrationItem> items = load();

		assertThat(items).extracting(IntegrationItem::id).doesNotHaveDuplicates();
	}

	@Test
	void baseOnTwoPagesLoadsOnce() {
		String repeated = "{\"bases\": [{\"id\": \"appQx7Lm2Nw8Rt4Vb\", \"name\": \"Product Roadmap\"}]}";
		this.airtable.pages(Map.of("", page(repeated, "itrNext/appQx7Lm2Nw8Rt4Vb"), "itrNext/appQx7Lm2Nw8Rt4Vb",
				repeated));

		List<IntegrationItem> items = load();

		assertThat(items).extracting(IntegrationItem::id).containsExactly("appQx7Lm2Nw8Rt4Vb_Base",
				"tblR7mK2pX9vL4nQa_Table", "tblS2nL3qY8wK5mPb_Table");
		assertThat(this.airtable.requestPaths()).filteredOn((path) -> path.endsWith("/tables")).hasSize(1);
	}

	@Test
	void emptyBaseListGivesNoItems() {
		this.airtable.pages(Map.of("", "{\"bases\": []}"));

		List<IntegrationItem> items = load();

		assertThat(items).isEmpty();
		assertThat(this.airtable.requests()).hasSize(1);
	}

	@Test
	void schemaCallsRunEightAtOnce() {
		String bases = IntStream.range(0, 20).mapToObj((index) -> "{\"id\": \"app%014d\", \"name\": \"Base %d\"}"
			.formatted(index, index)).collect(Collectors.joining(", ", "{\"bases\": [", "]}"));
		this.airtable.pages(Map.of("", bases)).gatherSchemaCalls(AirtableIntegration.MAX_CONCURRENT_SCHEMA_CALLS);

		List<IntegrationItem> items = load();

		assertThat(items).hasSize(40);
		assertThat(this.airtable.maxSchemaCallsInFlight()).isEqualTo(8);
	}

	@Test
	void unauthorizedFailsWithAccessRejected() {
		this.airtable.failListBasesOnce(401, ProviderTestSupport.payload("airtable", "error_401.json"));

		assertThatExceptionOfType(ProviderException.class).isThrownBy(this::load).satisfies((ex) -> {
			assertThat(ex.getReason()).isEqualTo(ProviderException.Reason.ACCESS_REJECTED);
			assertThat(ex.getStatus()).contains(401);
			assertThat(ex.getMessage()).doesNotContain(ACCESS_TOKEN);
		});
		assertThat(this.airtable.requests()).hasSize(1);
	}

	@Test
	void rateLimitFailsWithThirtySecondWait() {
		this.airtable.failListBasesOnce(429, ProviderTestSupport.payload("airtable", "error_429.json"));

		assertThatExceptionOfType(ProviderException.class).isThrownBy(this::load).satisfies((ex) -> {
			assertThat(ex.getReason()).isEqualTo(ProviderException.Reason.RATE_LIMITED);
			assertThat(ex.getRetryAfter()).contains(Duration.ofSeconds(30));
		});
		assertThat(listBasesRequests()).hasSize(1);
	}

	@Test
	void unavailableCallIsRetried() {
		this.airtable.failListBasesOnce(503, "{\"error\": {\"type\": \"SERVICE_UNAVAILABLE\"}}");

		List<IntegrationItem> items = load();

		assertThat(items).hasSize(9);
		assertThat(listBasesRequests()).hasSize(3);
		assertThat(listBasesRequests().get(1).getUrl().encodedQuery()).isNull();
	}

	@Test
	void serverErrorOnOneBaseFailsLoad() {
		this.airtable.answerTables("appZ8pR4vMx1Kc7Je", 500, "{\"error\": {\"type\": \"SERVER_ERROR\"}}");

		assertThatExceptionOfType(ProviderException.class).isThrownBy(this::load).satisfies((ex) -> {
			assertThat(ex.getReason()).isEqualTo(ProviderException.Reason.ERROR_STATUS);
			assertThat(ex.getStatus()).contains(500);
			assertThat(ex.getProvider()).isEqualTo("Airtable");
		});
	}

	@Test
	@Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
	void repeatedOffsetFailsLoad() {
		String loop = page("{\"bases\": [{\"id\": \"appQx7Lm2Nw8Rt4Vb\", \"name\": \"Loop\"}]}", "itrSame/app1");
		this.airtable.pages(Map.of("", loop, "itrSame/app1", loop));

		assertThatExceptionOfType(ProviderException.class).isThrownBy(this::load).satisfies((ex) -> {
			assertThat(ex.getReason()).isEqualTo(ProviderException.Reason.INVALID_RESPONSE);
			assertThat(ex.getMessage()).contains("offset it had already returned");
		});
		assertThat(listBasesRequests()).hasSize(2);
	}

	@Test
	void baseWithoutIdFailsAsInvalidResponse() {
		this.airtable.pages(Map.of("", "{\"bases\": [{\"name\": \"No id\", \"permissionLevel\": \"read\"}]}"));

		assertThatExceptionOfType(ProviderException.class).isThrownBy(this::load).satisfies((ex) -> {
			assertThat(ex.getReason()).isEqualTo(ProviderException.Reason.INVALID_RESPONSE);
			assertThat(ex.getStatus()).contains(200);
		});
	}

	@Test
	void missingTablesArrayFailsAsInvalidResponse() {
		this.airtable.answerTables("appF3kT9sHn2Wq6Yd", 200, "{\"views\": []}");

		assertThatExceptionOfType(ProviderException.class).isThrownBy(this::load)
			.satisfies((ex) -> assertThat(ex.getReason()).isEqualTo(ProviderException.Reason.INVALID_RESPONSE));
	}

	private List<IntegrationItem> load() {
		return this.integration.loadItems(
				ProviderTestSupport.registration(AirtableIntegration.DESCRIPTOR, this.server.url("/").uri()),
				ProviderTestSupport.credentials(ACCESS_TOKEN, ""));
	}

	private List<RecordedRequest> listBasesRequests() {
		return this.airtable.requests().stream()
			.filter((request) -> request.getUrl().encodedPath().equals(AirtableIntegration.LIST_BASES_PATH))
			.toList();
	}

	private static String page(String body, String offset) {
		return body.substring(0, body.lastIndexOf('}')) + ", \"offset\": \"" + offset + "\"}";
	}

}
