package dev.integrations.provider.hubspot;

import java.io.IOException;
import java.net.InetAddress;
import java.util.List;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import dev.integrations.item.IntegrationItem;
import dev.integrations.provider.Credentials;
import dev.integrations.provider.ProviderException;
import dev.integrations.provider.ProviderRegistration;
import dev.integrations.provider.ProviderTestSupport;
import dev.integrations.support.NoDelayMockWebServer;
import tools.jackson.databind.node.ObjectNode;

import static dev.integrations.provider.hubspot.FakeHubSpotCrm.withCursor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class HubSpotIntegrationTest {

	private static final String ACCESS_TOKEN = "hubspot-access-token";

	/** Opaque cursors with the characters that break unencoded query strings: {@code = / +}. */
	private static final String CONTACTS_SECOND_PAGE = "NDAzCg==/x+y";

	private static final String CONTACTS_THIRD_PAGE = "Mzk5Cg==";

	private final MockWebServer server = NoDelayMockWebServer.create();

	private final FakeHubSpotCrm crm = new FakeHubSpotCrm();

	private final HubSpotIntegration integration = new HubSpotIntegration(new HubSpotProperties(),
			ProviderTestSupport.providerHttp(1));

	private ProviderRegistration registration;

	@BeforeEach
	void startServer() throws IOException {
		this.server.setDispatcher(this.crm);
		this.server.start(InetAddress.getLoopbackAddress(), 0);
		this.registration = ProviderTestSupport.registration(HubSpotIntegration.DESCRIPTOR,
				this.server.url("/").uri());
	}

	@AfterEach
	void stopServer() {
		this.server.close();
	}

	@Test
	void loadFollowsEveryPage() {
		serveAllRecordedPages();

		List<IntegrationItem> items = load("");

		assertThat(items).extracting(IntegrationItem::id)
			.containsExactly("401_Contact", "402_Contact", "403_Contact", "9001_Company", "9002_Company",
					"9003_Company", "77001_Deal", "77002_Deal", "77003_Deal");
		assertThat(cursorsSent("contacts")).containsExactly(null, CONTACTS_SECOND_PAGE, CONTACTS_THIRD_PAGE);
		assertThat(cursorsSent("companies")).containsExactly(null, "9003");
		assertThat(cursorsSent("deals")).containsExactly(null, "77003");
	}

	@Test
	void loadSendsCursorEncoded() {
		serveAllRecordedPages();

		load("");

		RecordedRequest second = this.crm.requests("contacts").get(1);
		assertThat(second.getUrl().queryParameter("after")).isEqualTo(CONTACTS_SECOND_PAGE);
		assertThat(second.getTarget()).contains("after=NDAzCg%3D%3D%2Fx%2By");
	}

	@Test
	void everyRequestAsksForFullPages() {
		serveAllRecordedPages();

		load("");

		List<RecordedRequest> requests = this.crm.requests();
		assertThat(requests).hasSize(7);
		for (RecordedRequest request : requests) {
			assertThat(request.getMethod()).isEqualTo("GET");
			assertThat(request.getUrl().queryParameter("limit")).isEqualTo("100");
			assertThat(request.getUrl().queryParameter("archived")).isEqualTo("false");
			assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + ACCESS_TOKEN);
			assertThat(request.getHeaders().get("Accept")).isEqualTo("application/json");
		}
	}

	@Test
	void everyRequestNamesItsProperties() {
		serveAllRecordedPages();

		load("");

		assertThat(this.crm.requests("contacts")).extracting((request) -> request.getUrl().queryParameter("properties"))
			.containsOnly("firstname,lastname,email,createdate,lastmodifieddate");
		assertThat(this.crm.requests("companies")).extracting((request) -> request.getUrl().queryParameter("properties"))
			.containsOnly("name,domain,createdate,hs_lastmodifieddate");
		assertThat(this.crm.requests("deals")).extracting((request) -> request.getUrl().queryParameter("properties"))
			.containsOnly("dealname,amount,dealstage,createdate,hs_lastmodifieddate");
	}

	@Test
	void objectTypesAreRequestedConcurrently() {
		serveAllRecordedPages();
		this.crm.holdFirstPagesUntilAllArrive(3);

		List<IntegrationItem> items = load("");

		assertThat(this.crm.firstPagesOverlapped()).as("all three first pages were requested before any answer")
			.isTrue();
		assertThat(items).hasSize(9);
	}

	@Test
	void sharedNumericIdGivesDistinctItems() {
		this.crm.page("contacts", null, record("501", "firstname", "Sam"))
			.page("companies", null, record("501", "name", "Sam's Shop"))
			.page("deals", null, "{\"results\": []}");

		List<IntegrationItem> items = load("");

		assertThat(items).extracting(IntegrationItem::id).containsExactly("501_Contact", "501_Company");
		assertThat(items).extracting(IntegrationItem::name).containsExactly("Sam", "Sam's Shop");
	}

	@Test
	void hubIdFromCredentialsBuildsUrls() {
		serveAllRecordedPages();

		List<IntegrationItem> items = load("\"hub_id\": 20250101");

		assertThat(items.get(0).url()).isEqualTo("https://app.hubspot.com/contacts/20250101/record/0-1/401");
		assertThat(items.get(3).url()).isEqualTo("https://app.hubspot.com/contacts/20250101/record/0-2/9001");
		assertThat(items.get(6).url()).isEqualTo("https://app.hubspot.com/contacts/20250101/record/0-3/77001");
	}

	@Test
	void noHubIdMeansNoUrls() {
		serveAllRecordedPages();

		List<IntegrationItem> items = load("");

		assertThat(items).extracting(IntegrationItem::url).containsOnlyNulls();
	}

	@Test
	void unicodeSurvivesTheWire() {
		this.crm.page("contacts", null, record("1", "firstname", "Zoë Łukasiewicz"))
			.page("companies", null, record("2", "name", "株式会社サンプル"))
			.page("deals", null, record("3", "dealname", "Ünïcødé 🚀"));

		List<IntegrationItem> items = load("");

		assertThat(items).extracting(IntegrationItem::name)
			.containsExactly("Zoë Łukasiewicz", "株式会社サンプル", "Ünïcødé 🚀");
	}

	@Test
	void accessRejectedFailsTheLoad() {
		serveAllRecordedPages();
		this.crm.error("deals", 403, ProviderTestSupport.payload("hubspot", "error_403_missing_scopes.json"));

		assertThatExceptionOfType(ProviderException.class).isThrownBy(() -> load("")).satisfies((ex) -> {
			assertThat(ex.getReason()).isEqualTo(ProviderException.Reason.ACCESS_REJECTED);
			assertThat(ex.getStatus()).contains(403);
			assertThat(ex.getProvider()).isEqualTo("HubSpot");
			assertThat(ex.getMessage()).doesNotContain("scopes");
		});
	}

	@Test
	void repeatedCursorStopsTheLoad() {
		serveAllRecordedPages();
		String loop = withCursor(ProviderTestSupport.payload("hubspot", "companies_last_page.json"), "9003");
		this.crm.page("companies", "9003", loop);

		assertThatExceptionOfType(ProviderException.class).isThrownBy(() -> load("")).satisfies((ex) -> {
			assertThat(ex.getReason()).isEqualTo(ProviderException.Reason.INVALID_RESPONSE);
			assertThat(ex.getMessage()).contains("companies");
		});
		assertThat(cursorsSent("companies")).containsExactly(null, "9003");
	}

	@Test
	void loadLogsCountPerType() {
		serveAllRecordedPages();
		Logger logger = (Logger) LoggerFactory.getLogger("integration.hubspot");
		ListAppender<ILoggingEvent> appender = new ListAppender<>();
		appender.start();
		logger.addAppender(appender);

		try {
			load("");
		}
		finally {
			logger.detachAppender(appender);
		}

		assertThat(appender.list).extracting(ILoggingEvent::getFormattedMessage)
			.contains("Loaded 3 contacts", "Loaded 3 companies", "Loaded 3 deals",
					"Left out contacts that were archived or had no id: 1");
		assertThat(appender.list).extracting(ILoggingEvent::getFormattedMessage)
			.noneMatch((message) -> message.contains(ACCESS_TOKEN));
	}

	/**
	 * Serves the recorded pages: contacts in three pages, the middle one an archived record that
	 * HubSpot should not have sent, and companies and deals in two pages each.
	 */
	private void serveAllRecordedPages() {
		this.crm
			.page("contacts", null, withCursor(payload("contacts_page1.json"), CONTACTS_SECOND_PAGE))
			.page("contacts", CONTACTS_SECOND_PAGE, withCursor(payload("contacts_archived_page.json"), CONTACTS_THIRD_PAGE))
			.page("contacts", CONTACTS_THIRD_PAGE, payload("contacts_last_page.json"))
			.page("companies", null, payload("companies_page1.json"))
			.page("companies", "9003", payload("companies_last_page.json"))
			.page("deals", null, payload("deals_page1.json"))
			.page("deals", "77003", payload("deals_last_page.json"));
	}

	private List<IntegrationItem> load(String extraCredentialMembers) {
		Credentials credentials = ProviderTestSupport.credentials(ACCESS_TOKEN, extraCredentialMembers);
		return this.integration.loadItems(this.registration, credentials);
	}

	private List<String> cursorsSent(String objectType) {
		return this.crm.requests(objectType).stream().map((request) -> request.getUrl().queryParameter("after")).toList();
	}

	private static String payload(String file) {
		return ProviderTestSupport.payload("hubspot", file);
	}

	/** Returns a last page with one unarchived record that has one property set. */
	private static String record(String id, String property, String value) {
		ObjectNode record = ProviderTestSupport.json().createObjectNode().put("id", id).put("archived", false);
		record.putObject("properties").put(property, value);
		ObjectNode page = ProviderTestSupport.json().createObjectNode();
		page.putArray("results").add(record);
		return page.toString();
	}

}
