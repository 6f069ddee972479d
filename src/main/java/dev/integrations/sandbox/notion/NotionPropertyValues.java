package dev.integrations.sandbox.notion;

import java.util.UUID;

import dev.integrations.sandbox.notion.NotionObject.Database;
import dev.integrations.sandbox.notion.NotionObject.Fragment;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Property values and schemas of sandbox pages and databases, and rich-text titles, in the shapes
 * of Notion's property model (https://developers.notion.com/reference/page-property-values).
 */
final class NotionPropertyValues {

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private NotionPropertyValues() {
	}

	static ObjectNode titleValue(NotionObject page) {
		ObjectNode title = NODES.objectNode();
		title.put("id", "title");
		title.put("type", "title");
		title.set("title", richText(page));
		return title;
	}

	static ObjectNode selectValue(Database database, String option) {
		ObjectNode property = NODES.objectNode();
		property.put("id", selectPropertyId(database));
		property.put("type", "select");
		ObjectNode select = property.putObject("select");
		select.put("id", Integer.toString(database.options().indexOf(option) + 1));
		select.put("name", option);
		select.put("color", "blue");
		return property;
	}

	static ObjectNode titleSchema(Database database) {
		ObjectNode property = NODES.objectNode();
		property.put("id", "title");
		property.put("name", database.titleProperty());
		property.put("type", "title");
		property.putObject("title");
		return property;
	}

	static ObjectNode selectSchema(Database database) {
		ObjectNode property = NODES.objectNode();
		property.put("id", selectPropertyId(database));
		property.put("name", database.selectProperty());
		property.put("type", "select");
		ArrayNode options = property.putObject("select").putArray("options");
		for (int i = 0; i < database.options().size(); i++) {
			ObjectNode option = options.addObject();
			option.put("id", Integer.toString(i + 1));
			option.put("name", database.options().get(i));
			option.put("color", "blue");
		}
		return property;
	}

	static ArrayNode richText(NotionObject object) {
		ArrayNode fragments = NODES.arrayNode();
		for (Fragment fragment : object.title()) {
			ObjectNode rendered = fragments.addObject();
			rendered.put("type", "text");
			ObjectNode text = rendered.putObject("text");
			text.put("content", fragment.text());
			text.putNull("link");
			ObjectNode annotations = rendered.putObject("annotations");
			annotations.put("bold", fragment.bold());
			for (String flag : new String[] { "italic", "strikethrough", "underline", "code" }) {
				annotations.put(flag, false);
			}
			annotations.put("color", "default");
			rendered.put("plain_text", fragment.text());
			rendered.putNull("href");
		}
		return fragments;
	}

	private static String selectPropertyId(Database database) {
		return compact(database.id()).substring(0, 4);
	}

	private static String compact(UUID id) {
		return id.toString().replace("-", "");
	}

}
