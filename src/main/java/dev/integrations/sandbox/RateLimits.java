package dev.integrations.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Sliding-window request counts per key, such as one connection or one base of one connection, so
 * that the stand-ins return 429 where the real providers would. Time comes from the application's
 * {@link Clock}.
 */
@Component
@ConditionalOnSandbox
public class RateLimits {

	private final Map<String, Window> windows = new ConcurrentHashMap<>();

	private final Clock clock;

	RateLimits(Clock clock) {
		this.clock = clock;
	}

	/** Counts one request under the key and returns whether the limit allows it. */
	public Decision count(String key, Limit limit) {
		Instant now = this.clock.instant();
		return this.windows.computeIfAbsent(key, (unused) -> new Window()).count(now, limit);
	}

	/**
	 * A limit of requests per sliding window.
	 *
	 * @param requests requests allowed in one window
	 * @param window the window's length
	 * @param lockout how long every request is refused once the limit is exceeded, or {@link Duration#ZERO}
	 * to refuse only until the window has room again
	 */
	public record Limit(int requests, Duration window, Duration lockout) {
	}

	/**
	 * The outcome of counting one request.
	 *
	 * @param allowed whether the request may proceed
	 * @param remaining requests left in the current window
	 * @param retryAfter how long until a request would be allowed, zero when allowed
	 */
	public record Decision(boolean allowed, int remaining, Duration retryAfter) {

		/** Returns the wait in whole seconds, rounded up, as a {@code Retry-After} header states it. */
		public long retryAfterSeconds() {
			long millis = this.retryAfter.toMillis();
			return (millis + 999) / 1000;
		}

	}

	private static final class Window {

		private final Deque<Instant> requests = new ArrayDeque<>();

		private Instant lockedUntil = Instant.MIN;

		synchronized Decision count(Instant now, Limit limit) {
			if (now.isBefore(this.lockedUntil)) {
				return new Decision(false, 0, Duration.between(now, this.lockedUntil));
			}
			while (!this.requests.isEmpty() && !this.requests.peekFirst().isAfter(now.minus(limit.window()))) {
				this.requests.removeFirst();
			}
			if (this.requests.size() >= limit.requests()) {
				Instant freeAt = this.requests.peekFirst().plus(limit.window());
				this.lockedUntil = limit.lockout().isZero() ? Instant.MIN : now.plus(limit.lockout());
				Instant retryAt = limit.lockout().isZero() ? freeAt : this.lockedUntil;
				return new Decision(false, 0, Duration.between(now, retryAt));
			}
			this.requests.addLast(now);
			return new Decision(true, limit.requests() - this.requests.size(), Duration.ZERO);
		}

	}

}
