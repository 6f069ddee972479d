package dev.integrations.provider.notion;

import java.io.IOException;
import java.util.Map;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.integrations.logging.FlowContext;
import dev.integrations.provider.ProviderApi;
import dev.integrations.provider.ProviderException;
import dev.integrations.provider.ProviderTestSupport;
import dev.integrations.support.NoDelayMockWebServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Paging of {@code POST /v1/search} against a fake Notion over real HTTP. */
class NotionSearchTest {

	private final MockWebServer server = NoDelayMockWebServer.create();

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
	void fetchFollowsEveryCursor() throws InterruptedException {
		enqueueJson(ProviderTestSupport.payload("notion", "search_page1_v2025-09-03.json"));
		enqueueJson(ProviderTestSupport.payload("notion", "search_last_page_v2025-09-03.json"));

		NotionSearch.SearchResults search = search().fetchAll();

		assertThat(search.pages()).isEqualTo(2);
		assertThat(search.results()).extracting((result) -> result.path("id").stringValue())
			.containsExactly("11111111-aaaa-4bbb-8ccc-000000000001", "33333333-aaaa-4bbb-8ccc-000000000003",
					"44444444-aaaa-4bbb-8ccc-000000000004", "66666666-aaaa-4bbb-8ccc-000000000006");
		assertThat(requestBody()).isEqualTo(json("{\"page_size\": 100}"));
		assertThat(requestBody())
			.isEqualTo(json("{\"page_size\": 100, \"start_cursor\": \"66666666-aaaa-4bbb-8ccc-000000000006\"}"));
	}

	@Test
	void fetchFollowsFiftyPages() throws InterruptedException {
		this.server.setDispatcher(new PagingNotion(50));

		NotionSearch.SearchResults search = search().fetchAll();

		assertThat(search.pages()).isEqualTo(50);
		assertThat(search.results()).hasSize(50 * NotionSearch.PAGE_SIZE);
		assertThat(search.results().get(4999).path("id").stringValue()).isEqualTo("page-49-item-99");
		assertThat(this.server.getRequestCount()).isEqualTo(50);
	}

	@Test
	void fetchStopsWhenCursorIsNull() {
		enqueueJson("{\"object\": \"list\", \"results\": [{\"object\": \"page\", \"id\": \"p1\"}],"
				+ " \"has_more\": true, \"next_cursor\": null}");

		NotionSearch.SearchResults search = search().fetchAll();

		assertThat(search.pages()).isEqualTo(1);
		assertThat(search.results()).hasSize(1);
		assertThat(this.server.getRequestCount()).isEqualTo(1);
	}

	@Test
	void fetchStopsWhenHasMoreIsFalse() {
		enqueueJson("{\"object\": \"list\", \"results\": [], \"has_more\": false, \"next_cursor\": \"c1\"}");

		NotionSearch.SearchResults search = search().fetchAll();

		assertThat(search.pages()).isEqualTo(1);
		assertThat(this.server.getRequestCount()).isEqualTo(1);
	}

	@Test
	void repeatedCursorFailsFetch() {
		String sameCursorAgain = "{\"object\": \"list\", \"results\": [], \"has_more\": true, \"next_cursor\": \"c1\"}";
		enqueueJson(sameCursorAgain);
		enqueueJson(sameCursorAgain);

		assertThatExceptionOfType(ProviderException.class).isThrownBy(() -> search().fetchAll())
			.satisfies((ex) -> assertThat(ex.getReason()).isEqualTo(ProviderException.Reason.INVALID_RESPONSE))
			.withMessage("Notion sent a search cursor it had already sent, so the load stopped instead of looping");
		assertThat(this.server.getRequestCount()).isEqualTo(2);
	}

	@Test
	void missingResultsFailFetch() {
		enqueueJson("{\"object\": \"list\", \"has_more\": false}");

		assertThatExceptionOfType(ProviderException.class).isThrownBy(() -> search().fetchAll())
			.satisfies((ex) -> assertThat(ex.getReason()).isEqualTo(ProviderException.Reason.INVALID_RESPONSE))
			.withMessage("Notion sent a search response without 'results'");
	}

	@Test
	void incompleteSearchLogsWarning() {
		enqueueJson("{\"object\": \"list\", \"results\": [{\"object\": \"page\", \"id\": \"p1\"}],"
				+ " \"has_more\": false, \"next_cursor\": null, \"request_status\": {\"type\": \"incomplete\","
				+ " \"incomplete_reason\": \"query_result_limit_reached\"}}");

		NotionSearch.SearchResults search = search().fetchAll();

		assertThat(search.results()).hasSize(1);
		assertThat(this.logs.list).filteredOn((event) -> event.getLevel() == Level.WARN)
			.extracting(ILoggingEvent::getFormattedMessage)
			.containsExactly("Notion marked search result page 1 as incomplete (reason: query_result_limit_reached),"
					+ " so items may be missing");
	}

	@Test
	void completeSearchLogsNoWarning() {
		enqueueJson("{\"object\": \"list\", \"results\": [], \"has_more\": false, \"next_cursor\": null,"
				+ " \"request_status\": {\"type\": \"complete\"}}");

		search().fetchAll();

		assertThat(this.logs.list).filteredOn((event) -> event.getLevel() == Level.WARN).isEmpty();
	}

	private NotionSearch search() {
		ProviderApi api = ProviderTestSupport.providerHttp(3)
			.api(ProviderTestSupport.registration(NotionIntegration.DESCRIPTOR, this.server.url("/").uri()), "ntn_test",
					Map.of(NotionIntegration.VERSION_HEADER, "2025-09-03"));
		return new NotionSearch(api, "Notion");
	}

	private void enqueueJson(String body) {
		this.server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
			.body(body)
			.build());
	}

	private JsonNode requestBody() throws InterruptedException {
		return json(this.server.takeRequest().getBody().utf8());
	}

	private static JsonNode json(String text) {
		return ProviderTestSupport.json().readTree(text);
	}

	private static Logger notionLogger() {
		return (Logger) FlowContext.logger("notion");
	}

	/** Fake search that serves {@code pages} pages of 100 results, choosing the page by the cursor sent. */
	private static final class PagingNotion extends Dispatcher {

		private final int pages;

		PagingNotion(int pages) {
			this.pages = pages;
		}

		@Override
		public MockResponse dispatch(RecordedRequest request) {
			JsonNode cursor = json(request.getBody().utf8()).path("start_cursor");
			int page = cursor.isString() ? Integer.parseInt(cursor.stringValue().substring("cursor-".length())) : 0;
			return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
				.body(ProviderTestSupport.json().writeValueAsString(page(page)))
				.build();
		}

		private ObjectNode page(int page) {
			ObjectNode response = ProviderTestSupport.json().createObjectNode().put("object", "list");
			ArrayNode results = response.putArray("results");
			for (int item = 0; item < NotionSearch.PAGE_SIZE; item++) {
				results.addObject().put("object", "page").put("id", "page-" + page + "-item-" + item);
			}
			boolean last = page == this.pages - 1;
			response.put("has_more", !last);
			response.put("next_cursor", last ? null : "cursor-" + (page + 1));
			return response;
		}

	}

}
