package dev.integrations.sandbox.hubspot;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The query of {@code GET /crm/v3/objects/{objectType}}
 * (https://developers.hubspot.com/docs/api/crm/understanding-the-crm): {@code limit} from 1 to 100
 * with 10 as default, an {@code after} cursor, {@code properties} as one comma-separated parameter
 * or as repeated parameters, and {@code archived}.
 *
 * @param limit records per page
 * @param after the cursor of the previous page's {@code paging.next.after}, or {@code null}
 * @param properties the known properties to return, in request order
 * @param archived whether to return only archived records instead of only live ones
 */
record CrmListRequest(int limit, String after, List<String> properties, boolean archived) {

	static final int DEFAULT_LIMIT = 10;

	static final int MAX_LIMIT = 100;

	/**
	 * NOTE: HubSpot does not document whether it rejects or clamps a limit over 100. The stand-in
	 * rejects it, so that a client that relies on clamping fails here.
	 */
	static CrmListRequest parse(CrmObjectType type, HttpServletRequest request) {
		return new CrmListRequest(limit(request.getParameter("limit")), request.getParameter("after"),
				properties(type, request.getParameterValues("properties")), archived(request.getParameter("archived")));
	}

	private static int limit(String value) {
		if (value == null) {
			return DEFAULT_LIMIT;
		}
		int limit;
		try {
			limit = Integer.parseInt(value.strip());
		}
		catch (NumberFormatException ex) {
			throw HubSpotApiException.validation("limit must be a whole number, but was '" + value + "'.");
		}
		if (limit < 1 || limit > MAX_LIMIT) {
			throw HubSpotApiException.validation("limit must be between 1 and " + MAX_LIMIT + ", but was " + limit
					+ ".");
		}
		return limit;
	}

	/** Returns the requested known properties, or the type's defaults when none are named. */
	private static List<String> properties(CrmObjectType type, String[] values) {
		Set<String> named = new LinkedHashSet<>();
		if (values != null) {
			Arrays.stream(values)
				.flatMap((value) -> Arrays.stream(value.split(",")))
				.map(String::strip)
				.filter((name) -> !name.isEmpty())
				.forEach(named::add);
		}
		if (named.isEmpty()) {
			return type.defaultProperties();
		}
		return named.stream().filter(type::isKnown).toList();
	}

	private static boolean archived(String value) {
		if (value == null || value.equalsIgnoreCase("false")) {
			return false;
		}
		if (value.equalsIgnoreCase("true")) {
			return true;
		}
		throw HubSpotApiException.validation("archived must be true or false, but was '" + value + "'.");
	}

}
