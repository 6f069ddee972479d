package dev.integrations.provider.hubspot;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Delays the calls of one load so that at most {@code maxCalls} start in any rolling window. HubSpot
 * rejects an OAuth app's calls beyond 110 per 10 seconds per account with 429 and documents no
 * {@code Retry-After} for it (https://developers.hubspot.com/docs/api/usage-details). Pacing lets a
 * large account load at the allowed rate instead of failing after a few short retries.
 */
final class HubSpotCallPacer {

	private final int maxCalls;

	private final long windowNanos;

	private final Deque<Long> callStarts = new ArrayDeque<>();

	private final ReentrantLock lock = new ReentrantLock();

	HubSpotCallPacer(int maxCalls, Duration window) {
		this.maxCalls = maxCalls;
		this.windowNanos = window.toNanos();
	}

	/**
	 * Waits until one more call fits in the window and counts it. The lock stays held while waiting,
	 * so concurrent callers start in turn.
	 * @throws IllegalStateException when the thread is interrupted while waiting
	 */
	void awaitTurn() {
		this.lock.lock();
		try {
			long now = System.nanoTime();
			forgetCallsBefore(now - this.windowNanos);
			if (this.callStarts.size() >= this.maxCalls) {
				sleepNanos(this.callStarts.peekFirst() + this.windowNanos - now);
				now = System.nanoTime();
				forgetCallsBefore(now - this.windowNanos);
			}
			this.callStarts.addLast(now);
		}
		finally {
			this.lock.unlock();
		}
	}

	private void forgetCallsBefore(long windowStart) {
		while (!this.callStarts.isEmpty() && this.callStarts.peekFirst() - windowStart <= 0) {
			this.callStarts.removeFirst();
		}
	}

	private static void sleepNanos(long nanos) {
		try {
			TimeUnit.NANOSECONDS.sleep(nanos);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while pacing HubSpot calls", ex);
		}
	}

}
