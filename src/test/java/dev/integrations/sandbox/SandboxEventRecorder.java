package dev.integrations.sandbox;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.event.EventListener;

/**
 * Collects the stand-ins' {@link SandboxTokenRequest} and {@link SandboxApiCall} events from every
 * thread. {@code @RecordApplicationEvents} cannot be used for them: it records only events published
 * on the test's own thread, and the stand-ins publish on the server's request threads. Add it with
 * {@code @Import(SandboxEventRecorder.class)} and call {@link #clear()} before each test. Each event
 * is recorded before its HTTP response is sent, so it is present once the response arrives.
 */
@TestComponent
public class SandboxEventRecorder {

	private final List<SandboxTokenRequest> tokenRequests = new CopyOnWriteArrayList<>();

	private final List<SandboxApiCall> apiCalls = new CopyOnWriteArrayList<>();

	@EventListener
	void record(SandboxTokenRequest request) {
		this.tokenRequests.add(request);
	}

	@EventListener
	void record(SandboxApiCall call) {
		this.apiCalls.add(call);
	}

	/** Returns the token requests of one stand-in, oldest first. */
	public List<SandboxTokenRequest> tokenRequests(String provider) {
		return this.tokenRequests.stream().filter((request) -> request.provider().equals(provider)).toList();
	}

	/** Returns the data API calls of one stand-in, oldest first. */
	public List<SandboxApiCall> apiCalls(String provider) {
		return this.apiCalls.stream().filter((call) -> call.provider().equals(provider)).toList();
	}

	/** Returns the last token request of one stand-in. */
	public SandboxTokenRequest lastTokenRequest(String provider) {
		List<SandboxTokenRequest> requests = tokenRequests(provider);
		if (requests.isEmpty()) {
			throw new AssertionError("The " + provider + " stand-in received no token request");
		}
		return requests.getLast();
	}

	public void clear() {
		this.tokenRequests.clear();
		this.apiCalls.clear();
	}

}
