package dev.integrations.sandbox.notion;

import java.util.List;

/**
 * A {@code Notion-Version} header value and the response shapes it selects
 * (https://developers.notion.com/reference/changes-by-version). Version dates compare as strings.
 */
record NotionVersion(String value) {

	/** The versions Notion's API accepts. */
	static final List<String> KNOWN = List.of("2021-05-13", "2021-08-16", "2022-02-22", "2022-06-28", "2025-09-03",
			"2026-03-11");

	/** From 2025-09-03 a database is a container of data sources, and search returns the data sources. */
	boolean hasDataSources() {
		return this.value.compareTo("2025-09-03") >= 0;
	}

	/** From 2026-03-11 {@code archived} is gone in favour of {@code in_trash}. */
	boolean hasArchived() {
		return this.value.compareTo("2026-03-11") < 0;
	}

	/** Returns the search response's {@code type} member. */
	String searchResultType() {
		return hasDataSources() ? "page_or_data_source" : "page_or_database";
	}

	/** Returns the {@code filter.value} that selects databases or data sources. */
	String databaseObject() {
		return hasDataSources() ? "data_source" : "database";
	}

}
