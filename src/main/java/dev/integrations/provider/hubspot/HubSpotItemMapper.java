package dev.integrations.provider.hubspot;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.web.util.UriComponentsBuilder;

import dev.integrations.item.IntegrationItem;

/**
 * Maps CRM records to items, without I/O. Item ids are {@code <record id>_<item type>}, because a
 * contact and a company may share a numeric id. A record links to HubSpot's app only when the hub
 * id of the account is known, which the v3 token response carries as {@code hub_id}.
 */
final class HubSpotItemMapper {

	private static final String RECORD_URL = "https://app.hubspot.com/contacts/{hubId}/record/{objectTypeId}/{id}";

	private final String hubId;

	/**
	 * Creates a mapper for one account.
	 * @param hubId the account's hub id, or null when the credentials do not carry it
	 */
	HubSpotItemMapper(String hubId) {
		this.hubId = (hubId != null && !hubId.isBlank()) ? hubId.strip() : null;
	}

	/**
	 * Maps the records of one type in order. Archived records are left out even though the loader
	 * requests unarchived ones only, and so are records without an id, which could not get a unique
	 * item id.
	 */
	List<IntegrationItem> toItems(HubSpotObjectType type, List<HubSpotObject> objects) {
		return objects.stream()
			.filter((object) -> !object.isArchived())
			.filter((object) -> object.id() != null && !object.id().isBlank())
			.map((object) -> toItem(type, object))
			.toList();
	}

	/** Maps one record, whatever its archived flag. */
	IntegrationItem toItem(HubSpotObjectType type, HubSpotObject object) {
		// @formatter:off
		return IntegrationItem.builder(object.id() + "_" + type.itemType(), type.itemType())
			.name(nonBlank(type.nameOf(object.properties())))
			.creationTime(firstTime(object.property(HubSpotObjectType.CREATION_TIME_PROPERTY), object.createdAt()))
			.lastModifiedTime(firstTime(object.property(type.lastModifiedProperty()), object.updatedAt()))
			.url(recordUrl(type, object.id()))
			.build();
		// @formatter:on
	}

	/** Returns the record's page in HubSpot's app, or null without a hub id. */
	private String recordUrl(HubSpotObjectType type, String id) {
		if (this.hubId == null) {
			return null;
		}
		return UriComponentsBuilder.fromUriString(RECORD_URL)
			.encode()
			.buildAndExpand(this.hubId, type.objectTypeId(), id)
			.toUriString();
	}

	/** Returns the time the property gives, or else the time of HubSpot's own record field. */
	private static OffsetDateTime firstTime(String propertyValue, String recordValue) {
		OffsetDateTime time = HubSpotTimestamps.parse(propertyValue);
		return (time != null) ? time : HubSpotTimestamps.parse(recordValue);
	}

	private static String nonBlank(String value) {
		return (value != null && !value.isBlank()) ? value : null;
	}

}
