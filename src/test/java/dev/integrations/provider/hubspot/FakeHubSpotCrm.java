package dev.integrations.provider.hubspot;

import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

import dev.integrations.provider.ProviderTestSupport;
import tools.jackson.databind.node.ObjectNode;

/**
 * Serves CRM list pages by path and {@code after} cursor, like HubSpot's
 * {@code GET /crm/v3/objects/{objectType}}, and records every request. Unknown pages get HubSpot's
 * 404 body.
 */
final class FakeHubSpotCrm extends Dispatcher {

	private static final long FIRST_PAGE_WAIT_SECONDS = 2;

	private static final String ANY_PAGE = "*";

	private final Map<String, MockResponse> responses = new ConcurrentHashMap<>();

	private final Queue<RecordedRequest> requests = new ConcurrentLinkedQueue<>();

	private volatile CountDownLatch firstPageBarrier;

	private final AtomicBoolean firstPagesOverlapped = new AtomicBoolean(true);

	private final String pathPrefix;

	/** Creates a fake that serves HubSpot's paths at the root of the server. */
	FakeHubSpotCrm() {
		this("");
	}

	/** Creates a fake that serves HubSpot's paths under {@code pathPrefix}, as a stand-in would. */
	FakeHubSpotCrm(String pathPrefix) {
		this.pathPrefix = pathPrefix;
	}

	/** Serves {@code body} for the page of {@code objectType} that {@code after} (null: the first) starts. */
	FakeHubSpotCrm page(String objectType, String after, String body) {
		this.responses.put(key(path(objectType), after), json(200, body));
		return this;
	}

	/** Responds to every request for {@code objectType} with an error, whatever pages it serves. */
	FakeHubSpotCrm error(String objectType, int status, String body) {
		this.responses.put(key(path(objectType), ANY_PAGE), json(status, body));
		return this;
	}

	/**
	 * Holds each first-page response until the first pages of {@code types} object types were all
	 * requested, or until a timeout, after which {@link #firstPagesOverlapped()} turns false.
	 */
	FakeHubSpotCrm holdFirstPagesUntilAllArrive(int types) {
		this.firstPageBarrier = new CountDownLatch(types);
		return this;
	}

	/** Forgets every page, error and request, so that the next test starts clean. */
	void clear() {
		this.responses.clear();
		this.requests.clear();
	}

	boolean firstPagesOverlapped() {
		return this.firstPagesOverlapped.get();
	}

	List<RecordedRequest> requests() {
		return List.copyOf(this.requests);
	}

	/** Returns the requests for one object type, in the order they arrived. */
	List<RecordedRequest> requests(String objectType) {
		return this.requests.stream().filter((request) -> request.getUrl().encodedPath().equals(path(objectType)))
			.toList();
	}

	@Override
	public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
		this.requests.add(request);
		String after = request.getUrl().queryParameter("after");
		if (after == null) {
			awaitOtherFirstPages();
		}
		MockResponse response = this.responses.get(key(request.getUrl().encodedPath(), ANY_PAGE));
		if (response == null) {
			response = this.responses.get(key(request.getUrl().encodedPath(), after));
		}
		return (response != null) ? response
				: json(404, ProviderTestSupport.payload("hubspot", "error_404_object_not_found.json"));
	}

	/** Returns a recorded page with its {@code paging.next.after} set to {@code after}. */
	static String withCursor(String pageJson, String after) {
		ObjectNode page = (ObjectNode) ProviderTestSupport.json().readTree(pageJson);
		ObjectNode next = page.putObject("paging").putObject("next");
		next.put("after", after);
		next.put("link", "https://api.hubapi.com/crm/v3/objects/x?after=" + after);
		return page.toString();
	}

	private void awaitOtherFirstPages() throws InterruptedException {
		if (this.firstPageBarrier == null) {
			return;
		}
		this.firstPageBarrier.countDown();
		if (!this.firstPageBarrier.await(FIRST_PAGE_WAIT_SECONDS, TimeUnit.SECONDS)) {
			this.firstPagesOverlapped.set(false);
		}
	}

	private String path(String objectType) {
		return this.pathPrefix + "/crm/v3/objects/" + objectType;
	}

	private static String key(String path, String after) {
		return path + " after=" + after;
	}

	private static MockResponse json(int status, String body) {
		return new MockResponse.Builder().code(status).addHeader("Content-Type", "application/json; charset=utf-8")
			.body(body)
			.build();
	}

}
