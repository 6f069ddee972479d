package dev.integrations.sandbox.airtable;

import java.util.List;

import dev.integrations.sandbox.DeterministicIds;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code options} object of a field by type, as the field model documents it
 * (https://airtable.com/developers/web/api/field-model); types without options get none.
 */
final class AirtableFieldOptions {

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private static final List<String> COLORS = List.of("blueLight2", "yellowLight2", "greenLight2", "redLight2",
			"purpleLight2");

	private AirtableFieldOptions() {
	}

	/** Returns the options of a field of the given type, or {@code null} when the type has none. */
	static ObjectNode of(String type, List<String> choices) {
		ObjectNode options = NODES.objectNode();
		switch (type) {
			case "singleSelect", "multipleSelects" -> options.set("choices", choices(choices));
			case "number" -> options.put("precision", 0);
			case "currency" -> {
				options.put("precision", 2);
				options.put("symbol", "€");
			}
			case "date" -> options.set("dateFormat", dateFormat());
			case "checkbox" -> {
				options.put("icon", "check");
				options.put("color", "greenBright");
			}
			case "multipleAttachments" -> options.put("isReversed", false);
			default -> {
				return null;
			}
		}
		return options;
	}

	private static ArrayNode choices(List<String> names) {
		ArrayNode choices = NODES.arrayNode();
		for (int i = 0; i < names.size(); i++) {
			ObjectNode choice = choices.addObject();
			choice.put("id", DeterministicIds.airtable("sel", String.join("/", names) + "/" + i));
			choice.put("name", names.get(i));
			choice.put("color", COLORS.get(i % COLORS.size()));
		}
		return choices;
	}

	private static ObjectNode dateFormat() {
		ObjectNode format = NODES.objectNode();
		format.put("name", "iso");
		format.put("format", "YYYY-MM-DD");
		return format;
	}

}
