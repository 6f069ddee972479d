package dev.integrations.provider.airtable;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

import dev.integrations.provider.ProviderTestSupport;

/**
 * Airtable's meta API as a {@link Dispatcher} that picks the response by path, so concurrent calls
 * work. By default it serves the two recorded pages of bases. The first base has the recorded schema
 * and every other base one table of its own. It records every request and the maximum number of
 * schema calls in flight.
 */
final class FakeAirtable extends Dispatcher {

	static final String FIRST_PAGE_OFFSET = "itrA1b2C3d4E5f6G7/appZ8pR4vMx1Kc7Je";

	static final String FIRST_BASE_ID = "appQx7Lm2Nw8Rt4Vb";

	static final List<String> BASE_IDS = List.of(FIRST_BASE_ID, "appF3kT9sHn2Wq6Yd", "appZ8pR4vMx1Kc7Je",
			"appN5dW2qLs9Bt3Hx");

	private static final Pattern TABLES_PATH = Pattern.compile("/v0/meta/bases/([^/]+)/tables");

	private final Map<String, String> pagesByOffset = new LinkedHashMap<>();

	private final Deque<MockResponse> listBasesFailures = new ArrayDeque<>();

	private final Map<String, MockResponse> tablesResponseByBase = new ConcurrentHashMap<>();

	private final ConcurrentLinkedQueue<RecordedRequest> requests = new ConcurrentLinkedQueue<>();

	private final AtomicInteger schemaCallsInFlight = new AtomicInteger();

	private final AtomicInteger maxSchemaCallsInFlight = new AtomicInteger();

	private volatile CountDownLatch schemaCallsGate = new CountDownLatch(0);

	private volatile int schemaCallsToGather;

	FakeAirtable() {
		this.pagesByOffset.put("", ProviderTestSupport.payload("airtable", "list_bases_page1.json"));
		this.pagesByOffset.put(FIRST_PAGE_OFFSET, ProviderTestSupport.payload("airtable", "list_bases_last_page.json"));
	}

	/** Replaces the pages of bases. Key "" is the first page, and any other key is the offset that fetches its page. */
	synchronized FakeAirtable pages(Map<String, String> bodiesByOffset) {
		this.pagesByOffset.clear();
		this.pagesByOffset.putAll(bodiesByOffset);
		return this;
	}

	/** Responds to the next list-bases call with this status and body, then serves pages again. */
	synchronized FakeAirtable failListBasesOnce(int status, String body) {
		this.listBasesFailures.add(json(status, body));
		return this;
	}

	/** Responds to every schema call for the base with this status and body. */
	FakeAirtable answerTables(String baseId, int status, String body) {
		this.tablesResponseByBase.put(baseId, json(status, body));
		return this;
	}

	/**
	 * Holds each schema call until this many are in flight at once, or two seconds have passed, so that
	 * a test can measure how many calls the client runs side by side.
	 */
	FakeAirtable gatherSchemaCalls(int count) {
		this.schemaCallsToGather = count;
		this.schemaCallsGate = new CountDownLatch(1);
		return this;
	}

	List<RecordedRequest> requests() {
		return List.copyOf(this.requests);
	}

	List<String> requestPaths() {
		return requests().stream().map((request) -> request.getUrl().encodedPath()).toList();
	}

	int maxSchemaCallsInFlight() {
		return this.maxSchemaCallsInFlight.get();
	}

	@Override
	public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
		this.requests.add(request);
		String path = request.getUrl().encodedPath();
		if (path.equals(AirtableIntegration.LIST_BASES_PATH)) {
			return listBases(request.getUrl().queryParameter("offset"));
		}
		Matcher tables = TABLES_PATH.matcher(path);
		if (tables.matches()) {
			return tables(tables.group(1));
		}
		return json(404, ProviderTestSupport.payload("airtable", "error_404.json"));
	}

	private synchronized MockResponse listBases(String offset) {
		MockResponse failure = this.listBasesFailures.poll();
		if (failure != null) {
			return failure;
		}
		String page = this.pagesByOffset.get((offset != null) ? offset : "");
		if (page == null) {
			return json(422, ProviderTestSupport.payload("airtable", "error_422_iterator_expired.json"));
		}
		return json(200, page);
	}

	private MockResponse tables(String baseId) throws InterruptedException {
		int inFlight = this.schemaCallsInFlight.incrementAndGet();
		try {
			this.maxSchemaCallsInFlight.accumulateAndGet(inFlight, Math::max);
			if (inFlight >= this.schemaCallsToGather) {
				this.schemaCallsGate.countDown();
			}
			this.schemaCallsGate.await(2, TimeUnit.SECONDS);
			return schemaResponse(baseId);
		}
		finally {
			this.schemaCallsInFlight.decrementAndGet();
		}
	}

	private MockResponse schemaResponse(String baseId) {
		MockResponse answer = this.tablesResponseByBase.get(baseId);
		if (answer != null) {
			return answer;
		}
		if (baseId.equals(FIRST_BASE_ID)) {
			return json(200, ProviderTestSupport.payload("airtable", "base_schema_tables.json"));
		}
		return json(200, """
				{"tables": [{"id": "%s", "name": "Table of %s", "primaryFieldId": "fldP0aS2dF3gH4jKl",
				  "fields": [], "views": []}]}""".formatted(tableIdOf(baseId), baseId));
	}

	/** Returns the id of the one table that the fake gives a base other than the first. */
	static String tableIdOf(String baseId) {
		return "tbl" + baseId.substring(3);
	}

	static MockResponse json(int status, String body) {
		return new MockResponse.Builder().code(status).addHeader("Content-Type", "application/json").body(body)
			.build();
	}

}
