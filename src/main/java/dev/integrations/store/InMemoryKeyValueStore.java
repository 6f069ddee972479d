package dev.integrations.store;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.util.Assert;

/**
 * {@link KeyValueStore} in this process's memory, for a single instance. Expired values are never
 * returned, and every 256 writes a sweep removes them so that abandoned entries do not pile up.
 */
public final class InMemoryKeyValueStore implements KeyValueStore {

	private static final int WRITES_PER_SWEEP = 256;

	private final ConcurrentMap<String, Entry> entries = new ConcurrentHashMap<>();

	private final AtomicInteger writesSinceSweep = new AtomicInteger();

	private final Clock clock;

	public InMemoryKeyValueStore(Clock clock) {
		this.clock = clock;
	}

	@Override
	public void put(String key, String value, Duration ttl) {
		Entry entry = newEntry(key, value, ttl);
		this.entries.put(key, entry);
		sweepNowAndThen();
	}

	@Override
	public boolean putIfAbsent(String key, String value, Duration ttl) {
		Entry entry = newEntry(key, value, ttl);
		Instant now = this.clock.instant();
		Entry stored = this.entries.merge(key, entry, (old, fresh) -> old.isExpired(now) ? fresh : old);
		sweepNowAndThen();
		return stored == entry;
	}

	@Override
	public Optional<String> getAndDelete(String key) {
		Entry entry = this.entries.remove(key);
		if (entry == null || entry.isExpired(this.clock.instant())) {
			return Optional.empty();
		}
		return Optional.of(entry.value());
	}

	@Override
	public void ping() {
	}

	/** Returns how many entries are held, expired ones included until the next sweep. */
	int size() {
		return this.entries.size();
	}

	private Entry newEntry(String key, String value, Duration ttl) {
		Assert.hasLength(key, "key must not be empty");
		Assert.notNull(value, "value must not be null");
		Assert.isTrue(ttl.isPositive(), () -> "ttl must be positive, got " + ttl);
		return new Entry(value, this.clock.instant().plus(ttl));
	}

	private void sweepNowAndThen() {
		if (this.writesSinceSweep.incrementAndGet() % WRITES_PER_SWEEP == 0) {
			Instant now = this.clock.instant();
			this.entries.values().removeIf((entry) -> entry.isExpired(now));
		}
	}

	private record Entry(String value, Instant expiresAt) {

		boolean isExpired(Instant now) {
			return !now.isBefore(this.expiresAt);
		}

		@Override
		public String toString() {
			return "Entry[expiresAt=" + this.expiresAt + "]";
		}

	}

}
