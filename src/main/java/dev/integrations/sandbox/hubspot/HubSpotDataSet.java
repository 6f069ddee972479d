package dev.integrations.sandbox.hubspot;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import dev.integrations.sandbox.ConditionalOnSandbox;

/**
 * The sandbox HubSpot account: more than 100 live records of each type plus a few archived ones,
 * ordered by id, with opaque {@code after} cursors.
 */
@Component
@ConditionalOnSandbox
class HubSpotDataSet {

	private static final String CURSOR_PREFIX = "v1:";

	private final Map<CrmObjectType, List<CrmRecord>> records = new EnumMap<>(CrmObjectType.class);

	HubSpotDataSet() {
		this.records.put(CrmObjectType.CONTACTS, HubSpotRecords.contacts());
		this.records.put(CrmObjectType.COMPANIES, HubSpotRecords.companies());
		this.records.put(CrmObjectType.DEALS, HubSpotRecords.deals());
	}

	/** Returns the live records, or only the archived ones, of one type in id order. */
	List<CrmRecord> records(CrmObjectType type, boolean archived) {
		return this.records.get(type).stream().filter((record) -> record.isArchived() == archived).toList();
	}

	/**
	 * Returns a cursor that names the next record's id. It is base64 with padding, as HubSpot's own
	 * examples are, so that a client that does not URL-encode {@code =} and {@code +} breaks.
	 */
	static String cursorFor(CrmRecord next) {
		return Base64.getEncoder().encodeToString((CURSOR_PREFIX + next.id()).getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Returns the id a cursor names.
	 * @throws IllegalArgumentException when the cursor was not issued by this data set
	 */
	static long idOf(String cursor) {
		String decoded = new String(Base64.getDecoder().decode(cursor), StandardCharsets.UTF_8);
		if (!decoded.startsWith(CURSOR_PREFIX)) {
			throw new IllegalArgumentException("not a sandbox cursor");
		}
		return Long.parseLong(decoded.substring(CURSOR_PREFIX.length()));
	}

}
