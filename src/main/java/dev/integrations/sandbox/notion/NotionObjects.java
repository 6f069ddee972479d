package dev.integrations.sandbox.notion;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import dev.integrations.sandbox.notion.NotionObject.Database;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Renders sandbox objects as the search endpoint returns them in a given API version: pages, plus
 * {@code database} objects before 2025-09-03 and {@code data_source} objects from then on
 * (https://developers.notion.com/docs/upgrade-guide-2025-09-03), without {@code archived} from
 * 2026-03-11.
 */
final class NotionObjects {

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
		.withZone(ZoneOffset.UTC);

	private NotionObjects() {
	}

	/** Returns whether the object appears as {@code page}, or as a database or data source. */
	static String objectType(NotionObject object, NotionVersion version) {
		return object.isDatabase() ? version.databaseObject() : "page";
	}

	/** Returns the id the object has in the given version: a database's data source id from 2025-09-03 on. */
	static UUID idOf(NotionObject object, NotionVersion version) {
		return (object.isDatabase() && version.hasDataSources()) ? object.database().dataSourceId() : object.id();
	}

	static ObjectNode render(NotionObject object, NotionVersion version) {
		return object.isDatabase() ? renderDatabase(object, version) : renderPage(object, version);
	}

	private static ObjectNode renderPage(NotionObject page, NotionVersion version) {
		ObjectNode rendered = common("page", page.id(), page, version);
		rendered.set("parent", pageParent(page, version));
		if (version.hasDataSources()) {
			rendered.put("is_locked", false);
		}
		ObjectNode properties = rendered.putObject("properties");
		if (page.isRow()) {
			Database database = page.database();
			properties.set(database.selectProperty(), NotionPropertyValues.selectValue(database, page.option()));
			properties.set(database.titleProperty(), NotionPropertyValues.titleValue(page));
		}
		else {
			properties.set("title", NotionPropertyValues.titleValue(page));
		}
		rendered.put("url", url(page));
		rendered.putNull("public_url");
		return rendered;
	}

	private static ObjectNode renderDatabase(NotionObject database, NotionVersion version) {
		Database schema = database.database();
		ObjectNode rendered = common(version.databaseObject(), idOf(database, version), database, version);
		rendered.set("title", NotionPropertyValues.richText(database));
		rendered.putArray("description");
		rendered.put("is_inline", false);
		ObjectNode properties = rendered.putObject("properties");
		properties.set(schema.selectProperty(), NotionPropertyValues.selectSchema(schema));
		properties.set(schema.titleProperty(), NotionPropertyValues.titleSchema(schema));
		if (version.hasDataSources()) {
			rendered.set("parent", parent("database_id", schema.id()));
			rendered.set("database_parent", parent("page_id", database.parentPageId()));
		}
		else {
			rendered.set("parent", parent("page_id", database.parentPageId()));
		}
		rendered.put("url", "https://www.notion.so/" + compact(schema.id()));
		rendered.putNull("public_url");
		return rendered;
	}

	private static ObjectNode common(String type, UUID id, NotionObject object, NotionVersion version) {
		ObjectNode rendered = NODES.objectNode();
		rendered.put("object", type);
		rendered.put("id", id.toString());
		rendered.put("created_time", TIMESTAMP.format(object.created()));
		rendered.put("last_edited_time", TIMESTAMP.format(object.edited()));
		rendered.set("created_by", user());
		rendered.set("last_edited_by", user());
		rendered.putNull("cover");
		if (object.emoji() != null) {
			ObjectNode icon = rendered.putObject("icon");
			icon.put("type", "emoji");
			icon.put("emoji", object.emoji());
		}
		else {
			rendered.putNull("icon");
		}
		if (version.hasArchived()) {
			rendered.put("archived", object.inTrash());
		}
		rendered.put("in_trash", object.inTrash());
		return rendered;
	}

	private static ObjectNode pageParent(NotionObject page, NotionVersion version) {
		if (page.isRow() && version.hasDataSources()) {
			ObjectNode parent = parent("data_source_id", page.database().dataSourceId());
			parent.put("database_id", page.database().id().toString());
			return parent;
		}
		if (page.isRow()) {
			return parent("database_id", page.database().id());
		}
		if (page.parentPageId() != null) {
			return parent("page_id", page.parentPageId());
		}
		ObjectNode workspace = NODES.objectNode();
		workspace.put("type", "workspace");
		workspace.put("workspace", true);
		return workspace;
	}

	private static ObjectNode parent(String type, UUID id) {
		ObjectNode parent = NODES.objectNode();
		parent.put("type", type);
		parent.put(type, id.toString());
		return parent;
	}

	private static ObjectNode user() {
		ObjectNode user = NODES.objectNode();
		user.put("object", "user");
		user.put("id", NotionTokenRules.USER_ID);
		return user;
	}

	/** Builds a page URL as Notion does: a slug of the ASCII title words, then the id without dashes. */
	private static String url(NotionObject page) {
		String slug = page.plainTitle().replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "");
		return "https://www.notion.so/" + (slug.isEmpty() ? "" : slug + "-") + compact(page.id());
	}

	private static String compact(UUID id) {
		return id.toString().replace("-", "");
	}

}
