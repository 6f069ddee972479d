package dev.integrations.sandbox.hubspot;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The CRM object types the sandbox HubSpot serves, with their object type ids and the properties
 * returned when a request names none (https://developers.hubspot.com/docs/api/crm/contacts).
 * Contacts name their modification time {@code lastmodifieddate}; companies and deals name it
 * {@code hs_lastmodifieddate}.
 */
enum CrmObjectType {

	CONTACTS("contacts", "0-1", List.of("createdate", "email", "firstname", "hs_object_id", "lastmodifieddate",
			"lastname"), List.of("phone", "company", "jobtitle", "lifecyclestage", "city")),

	/** NOTE: the default property set of companies comes from a vendor's example, not from HubSpot's pages. */
	COMPANIES("companies", "0-2", List.of("createdate", "domain", "hs_lastmodifieddate", "hs_object_id", "name"),
			List.of("industry", "city", "country", "phone", "numberofemployees", "annualrevenue")),

	/** NOTE: the default property set of deals comes from third-party captures, not from HubSpot's pages. */
	DEALS("deals", "0-3", List.of("amount", "closedate", "createdate", "dealname", "dealstage",
			"hs_lastmodifieddate", "hs_object_id", "pipeline"), List.of("dealtype", "description"));

	private final String path;

	private final String typeId;

	private final List<String> defaultProperties;

	private final List<String> otherProperties;

	CrmObjectType(String path, String typeId, List<String> defaultProperties, List<String> otherProperties) {
		this.path = path;
		this.typeId = typeId;
		this.defaultProperties = defaultProperties;
		this.otherProperties = otherProperties;
	}

	/** Finds the type by its path segment, either the name ({@code contacts}) or the type id ({@code 0-1}). */
	static Optional<CrmObjectType> find(String segment) {
		return Arrays.stream(values())
			.filter((type) -> type.path.equals(segment) || type.typeId.equals(segment))
			.findFirst();
	}

	String path() {
		return this.path;
	}

	/** Returns the scope a token needs to list this type. */
	String readScope() {
		return "crm.objects." + this.path + ".read";
	}

	List<String> defaultProperties() {
		return this.defaultProperties;
	}

	/** Returns whether a property of this name exists on this type; unknown names are ignored in requests. */
	boolean isKnown(String property) {
		return this.defaultProperties.contains(property) || this.otherProperties.contains(property);
	}

}
