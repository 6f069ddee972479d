package dev.integrations.sandbox.notion;

import org.springframework.http.HttpStatus;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The body of {@code POST /v1/search} (https://developers.notion.com/reference/post-search),
 * validated as Notion does: {@code page_size} from 1 to 100, and {@code start_cursor} a string or
 * left out, never {@code null}.
 *
 * @param query text that titles must contain, or {@code null}
 * @param objectType the {@code filter.value}, or {@code null} for every object type
 * @param ascending whether to sort by {@code last_edited_time} ascending instead of descending
 * @param startCursor the {@code next_cursor} of the previous page, or {@code null}
 * @param pageSize results per page
 */
record NotionSearchRequest(String query, String objectType, boolean ascending, String startCursor, int pageSize) {

	static final int MAX_PAGE_SIZE = 100;

	static NotionSearchRequest parse(JsonMapper json, String body, NotionVersion version) {
		JsonNode root = readObject(json, body);
		JsonNode filter = root.get("filter");
		JsonNode sort = root.get("sort");
		return new NotionSearchRequest(optionalString(root, "query"), (filter != null) ? filterValue(filter, version)
				: null, (sort != null) && ascending(sort), optionalString(root, "start_cursor"), pageSize(root));
	}

	private static JsonNode readObject(JsonMapper json, String body) {
		if (body.isBlank()) {
			return json.createObjectNode();
		}
		try {
			JsonNode root = json.readTree(body);
			if (root.isObject()) {
				return root;
			}
		}
		catch (JacksonException ex) {
			// Falls through to invalid_json, the code Notion returns for a body it cannot parse.
		}
		throw new NotionApiException(HttpStatus.BAD_REQUEST, "invalid_json", "Error parsing JSON body.");
	}

	private static String optionalString(JsonNode root, String member) {
		JsonNode value = root.get(member);
		if (value == null) {
			return null;
		}
		if (!value.isString()) {
			throw NotionApiException.validation("body." + member + " should be a string or `undefined`, instead was `"
					+ value + "`.");
		}
		return value.stringValue();
	}

	private static int pageSize(JsonNode root) {
		JsonNode value = root.get("page_size");
		if (value == null) {
			return MAX_PAGE_SIZE;
		}
		if (!value.isIntegralNumber() || !value.canConvertToInt()) {
			throw NotionApiException.validation("body.page_size should be a number or `undefined`, instead was `"
					+ value + "`.");
		}
		if (value.intValue() > MAX_PAGE_SIZE) {
			throw NotionApiException.validation("body.page_size should be less than or equal to `100`, instead was `"
					+ value + "`.");
		}
		if (value.intValue() < 1) {
			throw NotionApiException.validation("body.page_size should be greater than or equal to `1`, instead was `"
					+ value + "`.");
		}
		return value.intValue();
	}

	private static String filterValue(JsonNode filter, NotionVersion version) {
		JsonNode property = filter.get("property");
		if (property == null || !"object".equals(property.asString(""))) {
			throw NotionApiException.validation("body.filter.property should be `\"object\"`, instead was `"
					+ property + "`.");
		}
		JsonNode value = filter.get("value");
		String text = (value != null && value.isString()) ? value.stringValue() : null;
		if (!"page".equals(text) && !version.databaseObject().equals(text)) {
			throw NotionApiException.validation("body.filter.value should be `\"page\"` or `\""
					+ version.databaseObject() + "\"`, instead was `" + value + "`.");
		}
		return text;
	}

	private static boolean ascending(JsonNode sort) {
		JsonNode timestamp = sort.get("timestamp");
		if (timestamp == null || !"last_edited_time".equals(timestamp.asString(""))) {
			throw NotionApiException.validation("body.sort.timestamp should be `\"last_edited_time\"`, instead was `"
					+ timestamp + "`.");
		}
		JsonNode direction = sort.get("direction");
		String text = (direction != null && direction.isString()) ? direction.stringValue() : null;
		if (!"ascending".equals(text) && !"descending".equals(text)) {
			throw NotionApiException.validation("body.sort.direction should be `\"ascending\"` or `\"descending\"`, "
					+ "instead was `" + direction + "`.");
		}
		return "ascending".equals(text);
	}

}
