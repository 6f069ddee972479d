package dev.integrations.provider.notion;

import java.io.IOException;
import java.util.List;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.integrations.item.IntegrationItem;
import dev.integrations.logging.FlowContext;
import dev.integrations.provider.ProviderException;
import dev.integrations.provider.ProviderRegistration;
import dev.integrations.provider.ProviderTestSupport;
import dev.integrations.support.NoDelayMockWebServer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** {@link NotionIntegration#loadItems} against a fake Notion over real HTTP. */
class NotionIntegrationTest {

	private static final String TOKEN = "ntn_test_access_token";

	private static final String EMPTY_LAST_PAGE = """
			{"object": "list", "results": [], "next_cursor": null, "has_more": false,
			 "type": "page_or_database", "page_or_database": {}}
			""";

	private final MockWebServer server = NoDelayMockWebServer.create();

	private final NotionProperties properties = new NotionProperties();

	private final ListAppender<ILoggingEvent> logs = new ListAppender<>();

	@BeforeEach
	void start() throws IOException {
		this.server.start();
		this.logs.start();
		notionLogger().addAppender(this.logs);
	}

	@AfterEach
	void stop() {
		notionLogger().detachAppender(this.logs);
		this.server.close();
	}

	@Test
	void loadMapsEveryPage() {
		enqueue(200, ProviderTestSupport.payload("notion", "search_page1_v2025-09-03.json"));
		enqueue(200, ProviderTestSupport.payload("notion", "search_last_page_v2025-09-03.json"));

		List<IntegrationItem> items = load(registration());

		assertThat(items).extracting(IntegrationItem::id)
			.containsExactly("11111111-aaaa-4bbb-8ccc-000000000001", "33333333-aaaa-4bbb-8ccc-000000000003",
					"44444444-aaaa-4bbb-8ccc-000000000004", "66666666-aaaa-4bbb-8ccc-000000000006");
		assertThat(items).extracting(IntegrationItem::type).containsExactly("page", "page", "data_source", "page");
	}

	@Test
	void loadReadsLegacyShape() {
		this.properties.setVersion("2022-06-28");
		enqueue(200, ProviderTestSupport.payload("notion", "search_page1_v2022-06-28.json"));
		enqueue(200, EMPTY_LAST_PAGE);

		List<IntegrationItem> items = load(registration());

		assertThat(items).extracting(IntegrationItem::type).containsExactly("database", "page");
		assertThat(items).extracting(IntegrationItem::directory).containsExactly(true, false);
	}

	@Test
	void loadSendsNotionHeaders() throws InterruptedException {
		this.properties.setVersion("2022-06-28");
		enqueue(200, EMPTY_LAST_PAGE);

		load(registration());

		RecordedRequest request = this.server.takeRequest();
		assertThat(request.getMethod()).isEqualTo("POST");
		assertThat(request.getUrl().encodedPath()).isEqualTo("/v1/search");
		assertThat(request.getUrl().query()).isNull();
		assertThat(request.getHeaders().get("Notion-Version")).isEqualTo("2022-06-28");
		assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + TOKEN);
		assertThat(request.getHeaders().get("Content-Type")).isEqualTo("application/json");
		assertThat(request.getHeaders().get("Accept")).isEqualTo("application/json");
	}

	@Test
	void loadSendsDefaultVersion() throws InterruptedException {
		enqueue(200, EMPTY_LAST_PAGE);

		load(registration());

		assertThat(this.server.takeRequest().getHeaders().get("Notion-Version")).isEqualTo("2025-09-03");
	}

	@Test
	void loadKeepsApiBasePath() throws InterruptedException {
		enqueue(200, EMPTY_LAST_PAGE);

		load(ProviderTestSupport.registration(NotionIntegration.DESCRIPTOR,
				this.server.url("/sandbox/notion").uri()));

		assertThat(this.server.takeRequest().getUrl().encodedPath()).isEqualTo("/sandbox/notion/v1/search");
	}

	@Test
	void rejectedTokenFailsLoad() {
		enqueue(401, ProviderTestSupport.payload("notion", "error_401.json"));

		assertThatExceptionOfType(ProviderException.class).isThrownBy(() -> load(registration()))
			.satisfies((ex) -> assertThat(ex.getReason()).isEqualTo(ProviderException.Reason.ACCESS_REJECTED))
			.satisfies((ex) -> assertThat(ex.getStatus()).contains(401))
			.satisfies((ex) -> assertThat(ex.getMessage()).doesNotContain(TOKEN));
		assertThat(this.server.getRequestCount()).isEqualTo(1);
	}

	@Test
	void rateLimitedSearchIsRetried() throws InterruptedException {
		this.server.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "0")
			.setHeader("Content-Type", "application/json")
			.body(ProviderTestSupport.payload("notion", "error_429.json"))
			.build());
		enqueue(200, ProviderTestSupport.payload("notion", "search_last_page_v2025-09-03.json"));

		List<IntegrationItem> items = load(registration());

		assertThat(items).extracting(IntegrationItem::id).containsExactly("66666666-aaaa-4bbb-8ccc-000000000006");
		assertThat(this.server.getRequestCount()).isEqualTo(2);
		String firstBody = this.server.takeRequest().getBody().utf8();
		assertThat(this.server.takeRequest().getBody().utf8()).isEqualTo(firstBody);
	}

	@Test
	void loadLogsPageAndItemCounts() {
		enqueue(200, ProviderTestSupport.payload("notion", "search_page1_v2025-09-03.json"));
		enqueue(200, ProviderTestSupport.payload("notion", "search_last_page_v2025-09-03.json")
			.replace("\"in_trash\": false", "\"in_trash\": true"));

		List<IntegrationItem> items = load(registration());

		assertThat(items).hasSize(3);
		assertThat(this.logs.list).filteredOn((event) -> event.getLevel() == Level.INFO)
			.extracting(ILoggingEvent::getFormattedMessage)
			.contains("Fetched 2 pages of search results with 4 results and mapped 3 items, leaving out 1 archived,"
					+ " trashed or id-less results");
	}

	@Test
	void logsNeverShowToken() {
		enqueue(200, EMPTY_LAST_PAGE);

		load(registration());

		assertThat(this.logs.list).extracting(ILoggingEvent::getFormattedMessage)
			.noneMatch((message) -> message.contains(TOKEN));
	}

	private List<IntegrationItem> load(ProviderRegistration registration) {
		NotionIntegration integration = new NotionIntegration(this.properties, ProviderTestSupport.providerHttp(3));
		return integration.loadItems(registration, ProviderTestSupport.credentials(TOKEN, ""));
	}

	private ProviderRegistration registration() {
		return ProviderTestSupport.registration(NotionIntegration.DESCRIPTOR, this.server.url("/").uri());
	}

	private void enqueue(int status, String body) {
		this.server.enqueue(new MockResponse.Builder().code(status).setHeader("Content-Type", "application/json")
			.body(body)
			.build());
	}

	private static Logger notionLogger() {
		return (Logger) FlowContext.logger("notion");
	}

}
