package dev.integrations.connect;

import java.time.Duration;
import java.util.Optional;

import org.springframework.stereotype.Component;

import dev.integrations.IntegrationsProperties;
import dev.integrations.store.KeyValueStore;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores each user's latest connection outcome per provider until {@code /credentials} takes it. A
 * newer outcome replaces an older one that was not collected.
 */
@Component
class ConnectionOutcomes {

	private final KeyValueStore store;

	private final JsonMapper json;

	private final Duration ttl;

	ConnectionOutcomes(KeyValueStore store, JsonMapper json, IntegrationsProperties properties) {
		this.store = store;
		this.json = json;
		this.ttl = properties.credentialsTtl();
	}

	/** Stores the outcome with its time to live in one step. */
	void save(PendingAuthorization pending, ConnectionOutcome outcome) {
		String key = StoreKeys.connection(pending.provider(), pending.orgId(), pending.userId());
		this.store.put(key, this.json.writeValueAsString(outcome), this.ttl);
	}

	/** Removes and returns the outcome, so that exactly one caller receives it. */
	Optional<ConnectionOutcome> take(String provider, String orgId, String userId) {
		return this.store.getAndDelete(StoreKeys.connection(provider, orgId, userId)).flatMap(this::read);
	}

	Duration ttl() {
		return this.ttl;
	}

	private Optional<ConnectionOutcome> read(String stored) {
		try {
			return Optional.of(this.json.readValue(stored, ConnectionOutcome.class));
		}
		catch (JacksonException ex) {
			return Optional.empty();
		}
	}

}
