package dev.integrations.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Values that can be taken once before they expire. Taking a value removes it in one atomic step,
 * so two concurrent takers never both get it, and expired entries are dropped on every insert.
 */
final class SingleUseBook<V> {

	private final Map<String, Entry<V>> entries = new ConcurrentHashMap<>();

	private final Clock clock;

	private final Duration lifetime;

	SingleUseBook(Clock clock, Duration lifetime) {
		this.clock = clock;
		this.lifetime = lifetime;
	}

	void put(String key, V value) {
		Instant now = this.clock.instant();
		this.entries.values().removeIf((entry) -> !entry.expiresAt().isAfter(now));
		this.entries.put(key, new Entry<>(value, now.plus(this.lifetime)));
	}

	/** Removes the value and returns it, or returns empty when it is unknown, taken or expired. */
	Optional<V> take(String key) {
		if (key == null) {
			return Optional.empty();
		}
		Entry<V> entry = this.entries.remove(key);
		if (entry == null || !entry.expiresAt().isAfter(this.clock.instant())) {
			return Optional.empty();
		}
		return Optional.of(entry.value());
	}

	private record Entry<V>(V value, Instant expiresAt) {
	}

}
