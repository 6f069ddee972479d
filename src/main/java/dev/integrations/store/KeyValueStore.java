package dev.integrations.store;

import java.time.Duration;
import java.util.Optional;

/**
 * Short-lived string values with a time to live. Each method is one atomic step, so two callers
 * never both receive a value that {@link #getAndDelete} hands out.
 */
public interface KeyValueStore {

	/** Stores the value, replacing any earlier one, and sets its time to live in the same step. */
	void put(String key, String value, Duration ttl);

	/**
	 * Stores the value only when the key has no value, with its time to live in the same step.
	 * Returns whether the value was stored.
	 */
	boolean putIfAbsent(String key, String value, Duration ttl);

	/** Removes the value and returns it, or returns empty when the key has no value or it expired. */
	Optional<String> getAndDelete(String key);

	/** Checks that the store is reachable, and throws when it is not. */
	void ping();

}
