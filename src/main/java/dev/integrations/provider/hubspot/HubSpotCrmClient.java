package dev.integrations.provider.hubspot;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.integrations.provider.ProviderApi;
import dev.integrations.provider.ProviderException;

/**
 * Lists every unarchived record of a CRM object type through {@code GET /crm/v3/objects/{objectType}},
 * following {@code paging.next.after} until a page has none
 * (https://developers.hubspot.com/docs/api/CRM/Contacts).
 */
final class HubSpotCrmClient {

	/** HubSpot's maximum page size. Its default of 10 would take ten times the calls. */
	static final int PAGE_SIZE = 100;

	private static final String OBJECTS_PATH = "/crm/v3/objects/";

	private final ProviderApi api;

	private final HubSpotCallPacer pacer;

	private final String provider;

	/**
	 * Creates a client that sends its calls through {@code api}, each when {@code pacer} allows.
	 * @param provider display name of the provider, for error messages
	 */
	HubSpotCrmClient(ProviderApi api, HubSpotCallPacer pacer, String provider) {
		this.api = api;
		this.pacer = pacer;
		this.provider = provider;
	}

	/**
	 * Returns the records of every page in the order HubSpot sent them.
	 * @throws ProviderException when a call fails, or when HubSpot sends a cursor it already sent,
	 * which would otherwise repeat pages without end
	 */
	List<HubSpotObject> listObjects(HubSpotObjectType type) {
		List<HubSpotObject> objects = new ArrayList<>();
		Set<String> cursorsSent = new HashSet<>();
		String after = null;
		do {
			this.pacer.awaitTurn();
			HubSpotObjectPage page = this.api.get(HubSpotObjectPage.class, OBJECTS_PATH + type.pathSegment(),
					query(type, after));
			objects.addAll(page.results());
			after = page.nextAfter().orElse(null);
			if (after != null && !cursorsSent.add(after)) {
				throw repeatedCursor(type);
			}
		}
		while (after != null);
		return objects;
	}

	/** Builds the query of one page. ProviderApi leaves out the null {@code after} of the first page. */
	private static Map<String, Object> query(HubSpotObjectType type, String after) {
		Map<String, Object> query = new LinkedHashMap<>();
		query.put("limit", PAGE_SIZE);
		query.put("archived", false);
		query.put("properties", type.propertiesParameter());
		query.put("after", after);
		return query;
	}

	private ProviderException repeatedCursor(HubSpotObjectType type) {
		return new ProviderException(this.provider, ProviderException.Reason.INVALID_RESPONSE, 200, null,
				this.provider + " sent an earlier paging cursor of " + type.pathSegment()
						+ " again, so loading stopped instead of repeating pages; try again later",
				null);
	}

}
