package dev.integrations.provider.notion;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.slf4j.Logger;

import dev.integrations.logging.FlowContext;
import dev.integrations.provider.ProviderApi;
import dev.integrations.provider.ProviderException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * Runs {@code POST /v1/search} without a filter, so that pages and databases or data sources all come
 * back, and follows {@code next_cursor} until Notion reports no more results
 * (https://developers.notion.com/reference/post-search).
 */
final class NotionSearch {

	static final String PATH = "/v1/search";

	/** Largest {@code page_size} that Notion accepts. */
	static final int PAGE_SIZE = 100;

	private static final Logger logger = FlowContext.logger("notion");

	private final ProviderApi api;

	private final String provider;

	/**
	 * @param api client that sends the access token and the {@code Notion-Version} header
	 * @param provider display name of the provider, for error messages
	 */
	NotionSearch(ProviderApi api, String provider) {
		this.api = api;
		this.provider = provider;
	}

	/**
	 * Fetches every page of search results.
	 * @throws ProviderException when a call fails, a response has no {@code results}, or Notion sends
	 * a cursor it has sent before
	 */
	SearchResults fetchAll() {
		List<JsonNode> results = new ArrayList<>();
		Set<String> cursorsSeen = new HashSet<>();
		String cursor = null;
		int pages = 0;
		do {
			SearchResponse response = fetchPage(cursor);
			pages++;
			results.addAll(response.results());
			warnIfIncomplete(response, pages);
			cursor = nextCursor(response, cursorsSeen);
		}
		while (cursor != null);
		return new SearchResults(results, pages);
	}

	private SearchResponse fetchPage(String cursor) {
		SearchResponse response = this.api.post(SearchResponse.class, PATH, new SearchRequest(PAGE_SIZE, cursor));
		if (response.results() == null) {
			throw new ProviderException(this.provider, ProviderException.Reason.INVALID_RESPONSE, 200, null,
					this.provider + " sent a search response without 'results'", null);
		}
		return response;
	}

	/**
	 * Notion cuts a search short when it reaches an internal result limit and then marks the response
	 * in {@code request_status}. The loader still returns what it received.
	 */
	private static void warnIfIncomplete(SearchResponse response, int page) {
		RequestStatus status = response.requestStatus();
		if (status != null && "incomplete".equals(status.type())) {
			logger.warn("Notion marked search result page {} as incomplete (reason: {}), so items may be missing", page,
					status.incompleteReason());
		}
	}

	private String nextCursor(SearchResponse response, Set<String> cursorsSeen) {
		if (!Boolean.TRUE.equals(response.hasMore()) || response.nextCursor() == null) {
			return null;
		}
		if (!cursorsSeen.add(response.nextCursor())) {
			throw new ProviderException(this.provider, ProviderException.Reason.INVALID_RESPONSE, 200, null,
					this.provider + " sent a search cursor it had already sent, so the load stopped instead of looping",
					null);
		}
		return response.nextCursor();
	}

	/** Every search result in order, and the number of pages they came in. */
	record SearchResults(List<JsonNode> results, int pages) {
	}

	/** Body of {@code POST /v1/search}, without {@code start_cursor} on the first page. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
	record SearchRequest(int pageSize, String startCursor) {
	}

	/** The members of a search response that paging reads, with the results left as JSON for the mapper. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
	record SearchResponse(List<JsonNode> results, String nextCursor, Boolean hasMore, RequestStatus requestStatus) {
	}

	/** {@code request_status} of newer search responses: {@code complete} or {@code incomplete}. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
	record RequestStatus(String type, String incompleteReason) {
	}

}
