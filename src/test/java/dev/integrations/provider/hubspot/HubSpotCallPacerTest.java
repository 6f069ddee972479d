package dev.integrations.provider.hubspot;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class HubSpotCallPacerTest {

	@Test
	void callsWithinLimitStartAtOnce() {
		HubSpotCallPacer pacer = new HubSpotCallPacer(3, Duration.ofSeconds(30));
		long start = System.nanoTime();

		pacer.awaitTurn();
		pacer.awaitTurn();
		pacer.awaitTurn();

		assertThat(millisSince(start)).isLessThan(1_000);
	}

	@Test
	void callBeyondLimitWaitsForWindow() {
		HubSpotCallPacer pacer = new HubSpotCallPacer(2, Duration.ofMillis(300));
		long start = System.nanoTime();

		pacer.awaitTurn();
		pacer.awaitTurn();
		pacer.awaitTurn();

		assertThat(millisSince(start)).isGreaterThanOrEqualTo(300);
	}

	@Test
	void concurrentCallersShareOneWindow() throws Exception {
		HubSpotCallPacer pacer = new HubSpotCallPacer(2, Duration.ofMillis(200));
		long start = System.nanoTime();

		try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
			List<Future<?>> callers = List.of(executor.submit(() -> twoCalls(pacer)),
					executor.submit(() -> twoCalls(pacer)), executor.submit(() -> twoCalls(pacer)));
			for (Future<?> caller : callers) {
				caller.get(5, TimeUnit.SECONDS);
			}
		}

		assertThat(millisSince(start)).as("six calls at two per 200 ms need two full windows")
			.isGreaterThanOrEqualTo(400);
	}

	@Test
	void interruptedWaitFails() {
		HubSpotCallPacer pacer = new HubSpotCallPacer(1, Duration.ofMinutes(1));
		pacer.awaitTurn();
		Thread.currentThread().interrupt();

		try {
			assertThatIllegalStateException().isThrownBy(pacer::awaitTurn)
				.withMessageContaining("Interrupted while pacing HubSpot calls");
			assertThat(Thread.currentThread().isInterrupted()).isTrue();
		}
		finally {
			Thread.interrupted();
		}
	}

	private static void twoCalls(HubSpotCallPacer pacer) {
		pacer.awaitTurn();
		pacer.awaitTurn();
	}

	private static long millisSince(long startNanos) {
		return (System.nanoTime() - startNanos) / 1_000_000;
	}

}
