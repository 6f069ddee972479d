package dev.integrations.provider.hubspot;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A CRM object type that is loaded as items: where HubSpot lists it, which properties to request,
 * and how a record's name and modification time are read. Contacts keep their modification time in
 * {@code lastmodifieddate}, companies and deals in {@code hs_lastmodifieddate}
 * (https://developers.hubspot.com/docs/api/CRM/Contacts).
 */
enum HubSpotObjectType {

	CONTACTS("contacts", "Contact", "0-1", List.of("firstname", "lastname", "email", "createdate", "lastmodifieddate"),
			"lastmodifieddate", HubSpotObjectType::contactName),

	COMPANIES("companies", "Company", "0-2", List.of("name", "domain", "createdate", "hs_lastmodifieddate"),
			"hs_lastmodifieddate", (properties) -> properties.get("name")),

	DEALS("deals", "Deal", "0-3", List.of("dealname", "amount", "dealstage", "createdate", "hs_lastmodifieddate"),
			"hs_lastmodifieddate", (properties) -> properties.get("dealname"));

	/** Name of the creation time property, the same for every type. */
	static final String CREATION_TIME_PROPERTY = "createdate";

	private final String pathSegment;

	private final String itemType;

	private final String objectTypeId;

	private final List<String> properties;

	private final String lastModifiedProperty;

	private final Function<Map<String, String>, String> nameReader;

	HubSpotObjectType(String pathSegment, String itemType, String objectTypeId, List<String> properties,
			String lastModifiedProperty, Function<Map<String, String>, String> nameReader) {
		this.pathSegment = pathSegment;
		this.itemType = itemType;
		this.objectTypeId = objectTypeId;
		this.properties = properties;
		this.lastModifiedProperty = lastModifiedProperty;
		this.nameReader = nameReader;
	}

	/** Segment after {@code /crm/v3/objects/}, also used as the plural noun in log lines. */
	String pathSegment() {
		return this.pathSegment;
	}

	/** Item type, also the suffix that keeps item ids unique across types. */
	String itemType() {
		return this.itemType;
	}

	/** HubSpot's id of the object type, used in record URLs. */
	String objectTypeId() {
		return this.objectTypeId;
	}

	/** Value of the {@code properties} query parameter: the names the mapper reads, comma-separated. */
	String propertiesParameter() {
		return String.join(",", this.properties);
	}

	String lastModifiedProperty() {
		return this.lastModifiedProperty;
	}

	/** Returns the display name that the record's properties give, or null. */
	String nameOf(Map<String, String> properties) {
		return this.nameReader.apply(properties);
	}

	/** Joins first and last name. A contact with neither is shown by its email address. */
	private static String contactName(Map<String, String> properties) {
		String fullName = Stream.of(properties.get("firstname"), properties.get("lastname"))
			.filter(Objects::nonNull)
			.map(String::strip)
			.filter((part) -> !part.isEmpty())
			.collect(Collectors.joining(" "));
		return fullName.isEmpty() ? properties.get("email") : fullName;
	}

}
