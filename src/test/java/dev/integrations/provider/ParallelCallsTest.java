package dev.integrations.provider;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.slf4j.MDC;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class ParallelCallsTest {

	@Test
	void resultsKeepInputOrder() {
		List<Integer> results = ParallelCalls.map(List.of(30, 10, 20), 3, (millis) -> {
			sleep(millis);
			return millis * 2;
		});

		assertThat(results).containsExactly(60, 20, 40);
	}

	@Test
	void concurrencyStaysWithinLimit() {
		AtomicInteger running = new AtomicInteger();
		AtomicInteger maxRunning = new AtomicInteger();
		CountDownLatch firstThreeRunning = new CountDownLatch(3);

		ParallelCalls.map(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), 3, (input) -> {
			maxRunning.accumulateAndGet(running.incrementAndGet(), Math::max);
			firstThreeRunning.countDown();
			await(firstThreeRunning);
			sleep(5);
			running.decrementAndGet();
			return input;
		});

		assertThat(maxRunning.get()).isEqualTo(3);
	}

	@Test
	@Timeout(value = 10, unit = TimeUnit.SECONDS)
	void laterFailureCancelsEarlierSlowCall() {
		CountDownLatch never = new CountDownLatch(1);
		AtomicBoolean interrupted = new AtomicBoolean();

		assertThatIllegalStateException().isThrownBy(() -> ParallelCalls.map(List.of("slow", "failing"), 2, (input) -> {
			if (input.equals("failing")) {
				throw new IllegalStateException("provider failed");
			}
			try {
				never.await();
			}
			catch (InterruptedException ex) {
				interrupted.set(true);
			}
			return input;
		})).withMessage("provider failed");
		assertThat(interrupted).isTrue();
	}

	@Test
	void callsSeeCallersLoggingContext() {
		MDC.put("integration", "airtable");
		try {
			List<String> seen = ParallelCalls.map(List.of(1, 2), 2, (input) -> MDC.get("integration"));

			assertThat(seen).containsExactly("airtable", "airtable");
		}
		finally {
			MDC.clear();
		}
	}

	/** Waits until the first calls run together, so that the test does not depend on timing. */
	private static void await(CountDownLatch latch) {
		try {
			latch.await(5, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
