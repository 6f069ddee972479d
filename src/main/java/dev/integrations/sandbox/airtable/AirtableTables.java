package dev.integrations.sandbox.airtable;

import java.util.List;
import java.util.Map;

import dev.integrations.sandbox.DeterministicIds;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Table templates of the sandbox Airtable bases, rendered in the shape of
 * {@code GET /v0/meta/bases/{baseId}/tables} (https://airtable.com/developers/web/api/get-base-schema).
 * Ids derive from the base id and the names, so they are stable across starts.
 */
final class AirtableTables {

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private static final Map<String, Table> TEMPLATES = Map.of(
			"Features", new Table("Planned product features", List.of(text("Name"),
					select("Status", "Idea", "Building", "Shipped"), field("Owner", "singleCollaborator"),
					link("Release", "Releases", "Features", true)),
					List.of(view("Grid view", "grid"), view("By status", "kanban"))),
			"Releases", new Table(null, List.of(text("Version"), link("Features", "Features", "Release", false),
					date("Ship date")), List.of(view("Grid view", "grid"), view("Release timeline", "timeline"))),
			"Tasks", new Table("Work items and who owns them", List.of(text("Task name"),
					select("Status", "To do", "In progress", "Done"), field("Assignee", "singleCollaborator"),
					date("Due date"), field("Notes", "multilineText")),
					List.of(view("Grid view", "grid"), view("By status", "kanban"), view("Due dates", "calendar"))),
			"Contacts", new Table(null, List.of(text("Full name"), field("Email", "email"),
					field("Phone", "phoneNumber"), text("Company"), tags("Tags", "Lead", "Customer", "Partner")),
					List.of(view("Grid view", "grid"), view("Cards", "gallery"))),
			"Inventory", new Table("Stock per location", List.of(text("Item"), field("Quantity", "number"),
					field("Unit price", "currency"), select("Location", "Berlin", "São Paulo", "大阪"),
					field("Photo", "multipleAttachments")),
					List.of(view("Grid view", "grid"), view("Low stock", "grid"), view("Request form", "form"))),
			"Budget", new Table(null, List.of(text("Line item"), field("Amount", "currency"),
					field("Approved", "checkbox"), select("Quarter", "Q1", "Q2", "Q3", "Q4")),
					List.of(view("Grid view", "grid"), view("Gantt", "block"))),
			"会议记录", new Table("Meeting notes (会议记录)", List.of(text("主题"), date("日期"),
					field("Attendees", "multipleCollaborators"), field("Summary", "richText")),
					List.of(view("Grid view", "grid"))),
			"Équipes", new Table(null, List.of(text("Équipe"), field("Membres", "multipleCollaborators"),
					select("Fuseau horaire", "Europe/Paris", "America/Montréal")), List.of(view("Grid view", "grid"))));

	private AirtableTables() {
	}

	/** Returns the {@code tables} array of a base built from the named templates. */
	static ArrayNode render(String baseId, List<String> templateNames, boolean visibleFieldIds) {
		ArrayNode tables = NODES.arrayNode();
		for (String name : templateNames) {
			tables.add(renderTable(baseId, name, TEMPLATES.get(name), visibleFieldIds));
		}
		return tables;
	}

	static boolean isTemplate(String name) {
		return TEMPLATES.containsKey(name);
	}

	private static ObjectNode renderTable(String baseId, String name, Table template, boolean visibleFieldIds) {
		String tableId = tableId(baseId, name);
		ObjectNode table = NODES.objectNode();
		table.put("id", tableId);
		table.put("name", name);
		table.put("primaryFieldId", fieldId(tableId, template.fields().getFirst().name()));
		if (template.description() != null) {
			table.put("description", template.description());
		}
		ArrayNode fields = table.putArray("fields");
		template.fields().forEach((field) -> fields.add(renderField(baseId, tableId, field)));
		ArrayNode views = table.putArray("views");
		for (View view : template.views()) {
			ObjectNode rendered = views.addObject();
			rendered.put("id", DeterministicIds.airtable("viw", tableId + "/" + view.name()));
			rendered.put("name", view.name());
			rendered.put("type", view.type());
			if (visibleFieldIds && "grid".equals(view.type())) {
				ArrayNode visible = rendered.putArray("visibleFieldIds");
				template.fields().forEach((field) -> visible.add(fieldId(tableId, field.name())));
			}
		}
		return table;
	}

	private static ObjectNode renderField(String baseId, String tableId, Field field) {
		ObjectNode rendered = NODES.objectNode();
		rendered.put("id", fieldId(tableId, field.name()));
		rendered.put("name", field.name());
		rendered.put("type", field.type());
		ObjectNode options = AirtableFieldOptions.of(field.type(), field.choices());
		if (field.linkedTable() != null) {
			String linkedTableId = tableId(baseId, field.linkedTable());
			options = NODES.objectNode();
			options.put("linkedTableId", linkedTableId);
			options.put("isReversed", false);
			options.put("prefersSingleRecordLink", field.singleLink());
			options.put("inverseLinkFieldId", fieldId(linkedTableId, field.inverseField()));
		}
		if (options != null) {
			rendered.set("options", options);
		}
		return rendered;
	}

	private static String tableId(String baseId, String tableName) {
		return DeterministicIds.airtable("tbl", baseId + "/" + tableName);
	}

	private static String fieldId(String tableId, String fieldName) {
		return DeterministicIds.airtable("fld", tableId + "/" + fieldName);
	}

	private static Field text(String name) {
		return field(name, "singleLineText");
	}

	private static Field date(String name) {
		return field(name, "date");
	}

	private static Field field(String name, String type) {
		return new Field(name, type, List.of(), null, null, false);
	}

	private static Field select(String name, String... choices) {
		return new Field(name, "singleSelect", List.of(choices), null, null, false);
	}

	private static Field tags(String name, String... choices) {
		return new Field(name, "multipleSelects", List.of(choices), null, null, false);
	}

	private static Field link(String name, String linkedTable, String inverseField, boolean singleLink) {
		return new Field(name, "multipleRecordLinks", List.of(), linkedTable, inverseField, singleLink);
	}

	private static View view(String name, String type) {
		return new View(name, type);
	}

	private record Table(String description, List<Field> fields, List<View> views) {
	}

	private record Field(String name, String type, List<String> choices, String linkedTable, String inverseField,
			boolean singleLink) {
	}

	private record View(String name, String type) {
	}

}
