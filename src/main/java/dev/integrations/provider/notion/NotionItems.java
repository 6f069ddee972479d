package dev.integrations.provider.notion;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.integrations.item.IntegrationItem;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/**
 * Maps Notion search results to items, without I/O. It reads pages and data sources (Notion-Version
 * 2025-09-03 and later) as well as pages and databases (2022-06-28). Unknown fields are ignored, and
 * a partial object that carries only {@code object} and {@code id} still maps.
 */
final class NotionItems {

	private static final Set<String> CONTAINER_TYPES = Set.of("database", "data_source");

	/**
	 * Flags of archived or trashed objects: {@code archived}, which Notion-Version 2026-03-11 dropped,
	 * {@code in_trash}, and {@code is_archived}, which newer page objects may carry.
	 */
	private static final List<String> REMOVED_FLAGS = List.of("archived", "in_trash", "is_archived");

	private NotionItems() {
	}

	/** Maps search results in order, leaving out those that {@link #toItem} leaves out. */
	static List<IntegrationItem> toItems(List<JsonNode> results) {
		return results.stream().map(NotionItems::toItem).flatMap(Optional::stream).toList();
	}

	/**
	 * Maps one search result. Returns empty for an archived or trashed object and for a result that
	 * is not a JSON object with a string {@code id}.
	 */
	static Optional<IntegrationItem> toItem(JsonNode result) {
		if (result == null || !result.isObject() || isRemoved(result)) {
			return Optional.empty();
		}
		String id = text(result, "id");
		if (id == null) {
			return Optional.empty();
		}
		String type = text(result, "object");
		return Optional.of(IntegrationItem.builder(id, type)
			.directory(CONTAINER_TYPES.contains(type))
			.parent(parentId(result.path("parent")), null)
			.name(name(result, type))
			.creationTime(timestamp(result, "created_time"))
			.lastModifiedTime(timestamp(result, "last_edited_time"))
			.url(text(result, "url"))
			.build());
	}

	private static boolean isRemoved(JsonNode result) {
		return REMOVED_FLAGS.stream().anyMatch((flag) -> result.path(flag).booleanValue(false));
	}

	/**
	 * Returns the id under the key that {@code parent.type} names ({@code page_id},
	 * {@code database_id}, {@code data_source_id}, {@code block_id} and so on). A workspace parent
	 * has {@code workspace: true} under that key, so it gives null.
	 */
	private static String parentId(JsonNode parent) {
		String type = text(parent, "type");
		return (type != null) ? text(parent, type) : null;
	}

	/**
	 * Returns a page's title property, whatever its key ({@code title} on ordinary pages, the column
	 * name such as {@code Name} on database rows), or the top-level {@code title} of a database or
	 * data source.
	 */
	private static String name(JsonNode result, String type) {
		if ("page".equals(type)) {
			return plainText(titleProperty(result.path("properties")));
		}
		return plainText(result.path("title"));
	}

	private static JsonNode titleProperty(JsonNode properties) {
		for (Map.Entry<String, JsonNode> property : properties.properties()) {
			JsonNode value = property.getValue();
			if ("title".equals(text(value, "type"))) {
				return value.path("title");
			}
		}
		return MissingNode.getInstance();
	}

	/** Joins the {@code plain_text} of every rich-text fragment, or returns null when the result is empty. */
	private static String plainText(JsonNode richText) {
		StringBuilder joined = new StringBuilder();
		for (JsonNode fragment : richText.values()) {
			joined.append(fragment.path("plain_text").stringValue(""));
		}
		return joined.isEmpty() ? null : joined.toString();
	}

	private static OffsetDateTime timestamp(JsonNode result, String field) {
		String value = text(result, field);
		if (value == null) {
			return null;
		}
		try {
			return OffsetDateTime.parse(value);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.path(field);
		return value.isString() ? value.stringValue() : null;
	}

}
