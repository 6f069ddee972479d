package dev.integrations.sandbox.notion;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One object the sandbox Notion workspace shares with the integration: a page or a database, kept
 * independent of the API version that renders it.
 *
 * @param database the database for a database object, or the database a row belongs to, else {@code null}
 * @param id the page id, or the database id of a database
 * @param title the title as rich-text fragments, empty for an untitled page
 * @param parentPageId the parent page, or {@code null} for a workspace-level page or a database row
 * @param emoji the icon emoji, or {@code null}
 * @param option the row's value of the database's select property, or {@code null}
 * @param created creation time, rounded to the minute as Notion's are
 * @param edited last edit time, rounded to the minute
 * @param inTrash whether the object is in the trash
 */
record NotionObject(Database database, UUID id, List<Fragment> title, UUID parentPageId, String emoji,
		String option, Instant created, Instant edited, boolean inTrash) {

	boolean isDatabase() {
		return this.database != null && this.database.id().equals(this.id);
	}

	boolean isRow() {
		return this.database != null && !isDatabase();
	}

	String plainTitle() {
		return String.join("", this.title.stream().map(Fragment::text).toList());
	}

	/**
	 * A database with one data source, whose title property has its own name (Notion names it after
	 * the column, such as {@code Task name}, not {@code Name}) and one select property.
	 */
	record Database(UUID id, UUID dataSourceId, String titleProperty, String selectProperty, List<String> options) {
	}

	/** A rich-text fragment of a title. */
	record Fragment(String text, boolean bold) {
	}

}
