package dev.integrations.sandbox.hubspot;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;

/**
 * One CRM record of the sandbox HubSpot account.
 *
 * @param id the numeric record id; ids are unique per object type only, as in HubSpot
 * @param properties every property's value, a string or {@code null}
 * @param createdAt creation time
 * @param updatedAt last modification time
 * @param archivedAt when the record was archived, or {@code null} for a live record
 */
record CrmRecord(long id, Map<String, String> properties, Instant createdAt, Instant updatedAt, Instant archivedAt) {

	CrmRecord {
		properties = Collections.unmodifiableMap(properties);
	}

	boolean isArchived() {
		return this.archivedAt != null;
	}

}
