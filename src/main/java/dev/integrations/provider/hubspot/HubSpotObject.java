package dev.integrations.provider.hubspot;

import java.util.Collections;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * One CRM record as the list endpoints return it. Every property value is a string or null, dates
 * included. The top-level times are kept as text, so that a malformed one costs only that field.
 *
 * @param id numeric record id, unique only within its object type
 * @param properties the requested properties, never null, with null values for empty ones
 * @param createdAt when HubSpot created the record
 * @param updatedAt when HubSpot last updated the record
 * @param archived whether the record is archived, null when HubSpot leaves the member out
 * @param archivedAt when the record was archived, if it was
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record HubSpotObject(String id, Map<String, String> properties, String createdAt, String updatedAt, Boolean archived,
		String archivedAt) {

	HubSpotObject {
		properties = (properties != null) ? Collections.unmodifiableMap(properties) : Map.of();
	}

	/** Returns the value of a property, or null when it is empty or was not returned. */
	String property(String name) {
		return this.properties.get(name);
	}

	boolean isArchived() {
		return Boolean.TRUE.equals(this.archived);
	}

}
