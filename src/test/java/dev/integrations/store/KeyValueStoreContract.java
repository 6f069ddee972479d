package dev.integrations.store;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Behaviour that every {@link KeyValueStore} must have. Each implementation's test extends this
 * class, so the in-memory store and Redis are held to the same contract.
 */
abstract class KeyValueStoreContract {

	static final Duration LONG_TTL = Duration.ofMinutes(5);

	abstract KeyValueStore store();

	/** Lets the given time pass for the store, by waiting or by moving its clock. */
	abstract void elapse(Duration duration) throws InterruptedException;

	String uniqueKey() {
		return "test:" + UUID.randomUUID();
	}

	@Test
	void getAndDeleteReturnsValueOnce() {
		String key = uniqueKey();
		store().put(key, "value-1", LONG_TTL);

		Optional<String> first = store().getAndDelete(key);
		Optional<String> second = store().getAndDelete(key);

		assertThat(first).contains("value-1");
		assertThat(second).isEmpty();
	}

	@Test
	void getAndDeleteOfUnknownKeyIsEmpty() {
		assertThat(store().getAndDelete(uniqueKey())).isEmpty();
	}

	@Test
	void putReplacesEarlierValue() {
		String key = uniqueKey();
		store().put(key, "old", LONG_TTL);

		store().put(key, "new", LONG_TTL);

		assertThat(store().getAndDelete(key)).contains("new");
	}

	@Test
	void valueExpiresAfterTtl() throws InterruptedException {
		String key = uniqueKey();
		store().put(key, "short-lived", Duration.ofMillis(300));

		elapse(Duration.ofMillis(600));

		assertThat(store().getAndDelete(key)).isEmpty();
	}

	@Test
	void putIfAbsentStoresOnlyWhenEmpty() {
		String key = uniqueKey();

		boolean firstStored = store().putIfAbsent(key, "first", LONG_TTL);
		boolean secondStored = store().putIfAbsent(key, "second", LONG_TTL);

		assertThat(firstStored).isTrue();
		assertThat(secondStored).isFalse();
		assertThat(store().getAndDelete(key)).contains("first");
	}

	@Test
	void putIfAbsentReplacesExpiredValue() throws InterruptedException {
		String key = uniqueKey();
		store().put(key, "expired", Duration.ofMillis(300));
		elapse(Duration.ofMillis(600));

		boolean stored = store().putIfAbsent(key, "fresh", LONG_TTL);

		assertThat(stored).isTrue();
		assertThat(store().getAndDelete(key)).contains("fresh");
	}

	@Test
	void keysWithSeparatorsAndUnicodeStayDistinct() {
		String base = uniqueKey();
		store().put(base + ":a%3Ab:c", "one", LONG_TTL);
		store().put(base + ":b:c%3Aa", "two", LONG_TTL);
		store().put(base + ":Zoë 東京 ☕", "three", LONG_TTL);

		assertThat(store().getAndDelete(base + ":a%3Ab:c")).contains("one");
		assertThat(store().getAndDelete(base + ":b:c%3Aa")).contains("two");
		assertThat(store().getAndDelete(base + ":Zoë 東京 ☕")).contains("three");
	}

	@Test
	void valuesKeepUnicodeAndJson() {
		String key = uniqueKey();
		String value = "{\"name\":\"Café ☕ 東京\",\"quote\":\"\\\"\"}";
		store().put(key, value, LONG_TTL);

		assertThat(store().getAndDelete(key)).contains(value);
	}

	@Test
	void concurrentGetAndDeleteHandsOutOnce() throws Exception {
		String key = uniqueKey();
		store().put(key, "only-once", LONG_TTL);
		int callers = 30;
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Optional<String>>> results = new ArrayList<>();

		try (ExecutorService executor = Executors.newFixedThreadPool(callers)) {
			for (int i = 0; i < callers; i++) {
				results.add(executor.submit(() -> {
					start.await();
					return store().getAndDelete(key);
				}));
			}
			start.countDown();
			int handedOut = 0;
			for (Future<Optional<String>> result : results) {
				handedOut += result.get().isPresent() ? 1 : 0;
			}
			assertThat(handedOut).isEqualTo(1);
		}
	}

	@Test
	void pingSucceeds() {
		store().ping();
	}

}
