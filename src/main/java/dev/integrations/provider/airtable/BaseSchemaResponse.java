package dev.integrations.provider.airtable;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The response of {@code GET /v0/meta/bases/{baseId}/tables}, which is not paginated
 * (https://airtable.com/developers/web/api/get-base-schema). A missing array, a null entry or a table
 * without an id throws {@link IllegalArgumentException}, which the HTTP client reports as an unreadable
 * response.
 *
 * @param tables every table of the base
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record BaseSchemaResponse(List<Table> tables) {

	BaseSchemaResponse {
		if (tables == null) {
			throw new IllegalArgumentException("Airtable base schema response is missing the 'tables' array");
		}
		tables = List.copyOf(tables);
	}

	/**
	 * One table (https://airtable.com/developers/web/api/model/table-model). Tables carry no
	 * timestamps.
	 *
	 * @param id table id, such as {@code tblR7mK2pX9vL4nQa}
	 * @param name name shown in Airtable
	 * @param primaryFieldId id of the field that names the table's records
	 * @param description description, null when the table has none
	 * @param fields the table's fields, empty when the response has none
	 * @param views the table's views, empty when the response has none
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record Table(String id, String name, String primaryFieldId, String description, List<Field> fields,
			List<View> views) {

		Table {
			if (id == null || id.isBlank()) {
				throw new IllegalArgumentException("Airtable table is missing its 'id'");
			}
			fields = (fields != null) ? List.copyOf(fields) : List.of();
			views = (views != null) ? List.copyOf(views) : List.of();
		}

	}

	/**
	 * One field of a table. Its type-specific {@code options} are not read.
	 *
	 * @param id field id, such as {@code fldA1qW2eR3tY4uIo}
	 * @param name name shown in Airtable
	 * @param type field type, such as {@code singleLineText} or {@code multipleRecordLinks}
	 * @param description description, null when the field has none
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record Field(String id, String name, String type, String description) {
	}

	/**
	 * One view of a table.
	 *
	 * @param id view id, such as {@code viwG1hJ2kL3zX4cVb}
	 * @param name name shown in Airtable
	 * @param type one of {@code grid}, {@code form}, {@code calendar}, {@code gallery},
	 * {@code kanban}, {@code timeline}, {@code block}
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record View(String id, String name, String type) {
	}

}
