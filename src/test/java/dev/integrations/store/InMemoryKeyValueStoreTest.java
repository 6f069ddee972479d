package dev.integrations.store;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.integrations.support.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class InMemoryKeyValueStoreTest extends KeyValueStoreContract {

	private final MutableClock clock = new MutableClock(Instant.parse("2026-12-04T12:00:00Z"));

	private InMemoryKeyValueStore store;

	@BeforeEach
	void createStore() {
		this.store = new InMemoryKeyValueStore(this.clock);
	}

	@Override
	KeyValueStore store() {
		return this.store;
	}

	@Override
	void elapse(Duration duration) {
		this.clock.advance(duration);
	}

	@Test
	void sweepRemovesExpiredEntries() {
		for (int i = 0; i < 255; i++) {
			this.store.put("abandoned:" + i, "value", Duration.ofSeconds(1));
		}
		this.clock.advance(Duration.ofSeconds(2));

		this.store.put("fresh", "value", Duration.ofMinutes(1));

		assertThat(this.store.size()).isEqualTo(1);
	}

	@Test
	void valueIsGoneExactlyAtExpiry() {
		this.store.put("key", "value", Duration.ofSeconds(10));

		this.clock.advance(Duration.ofSeconds(10));

		assertThat(this.store.getAndDelete("key")).isEmpty();
	}

	@Test
	void nonPositiveTtlIsRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.store.put("key", "value", Duration.ZERO))
			.withMessageContaining("ttl must be positive");
	}

}
