package dev.integrations.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Authorization requests waiting for the person's decision on the consent page. The page carries
 * only the random id, so the state, redirect URI and code challenge never pass through the form.
 */
@Component
@ConditionalOnSandbox
class ConsentBook {

	private static final Duration LIFETIME = Duration.ofMinutes(10);

	private static final int ID_BYTES = 24;

	private final SingleUseBook<AuthorizationRequest> pending;

	ConsentBook(Clock clock) {
		this.pending = new SingleUseBook<>(clock, LIFETIME);
	}

	String open(AuthorizationRequest request) {
		String id = RandomTokens.next("", ID_BYTES);
		this.pending.put(id, request);
		return id;
	}

	/** Removes the request and returns it, or returns empty when it is unknown, decided or expired. */
	Optional<AuthorizationRequest> close(String provider, String id) {
		return this.pending.take(id).filter((request) -> request.provider().equals(provider));
	}

}
