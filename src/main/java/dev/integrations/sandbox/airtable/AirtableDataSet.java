package dev.integrations.sandbox.airtable;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import dev.integrations.sandbox.ConditionalOnSandbox;
import dev.integrations.sandbox.DeterministicIds;

/**
 * The sandbox Airtable account: fourteen bases with Unicode names (accents, Japanese, emoji) and one
 * to three tables each, the same on every start.
 */
@Component
@ConditionalOnSandbox
class AirtableDataSet {

	/**
	 * Bases per page of {@code GET /v0/meta/bases}.
	 * NOTE: the real API returns up to 1000 bases per page; the stand-in pages every 4 bases so that
	 * clients' offset paging is exercised.
	 */
	static final int BASES_PER_PAGE = 4;

	private final List<Base> bases = List.of(
			base("Product Roadmap", "create", "Features", "Releases"),
			base("Hiring Pipeline", "edit", "Contacts", "Tasks"),
			base("Office Inventory", "read", "Inventory"),
			base("Café Menu Planning ☕", "edit", "Inventory", "Budget"),
			base("東京オフィス移転", "comment", "Tasks", "会议记录"),
			base("🚀 Launch Checklist", "create", "Tasks"),
			base("Marketing Calendar 2025", "edit", "Tasks", "Budget"),
			base("Customer Feedback", "read", "Contacts"),
			base("Event Planning", "comment", "Tasks", "Budget", "Contacts"),
			base("Équipe Support — Tickets", "edit", "Tasks", "Équipes"),
			base("Content Pipeline", "create", "Tasks"),
			base("Research Notes", "read", "会议记录"),
			base("Bug Tracker", "edit", "Tasks"),
			base("Vendor Contracts", "comment", "Contacts", "Budget"));

	List<Base> bases() {
		return this.bases;
	}

	Optional<Base> base(String id) {
		return this.bases.stream().filter((base) -> base.id().equals(id)).findFirst();
	}

	/**
	 * Returns the page that starts after the base named in {@code offset}, or the first page when
	 * {@code offset} is {@code null}.
	 * @throws IllegalArgumentException when the offset was not issued by this data set
	 */
	Page page(String offset) {
		int start = (offset != null) ? indexAfter(offset) : 0;
		int end = Math.min(start + BASES_PER_PAGE, this.bases.size());
		List<Base> page = this.bases.subList(start, end);
		String next = (end < this.bases.size()) ? offsetAfter(page.getLast()) : null;
		return new Page(page, next);
	}

	/** Returns an offset shaped like Airtable's, {@code itr…/app…}: an iterator id and the last base id. */
	private static String offsetAfter(Base last) {
		return DeterministicIds.airtable("itr", "bases/" + last.id()) + "/" + last.id();
	}

	private int indexAfter(String offset) {
		for (int i = 0; i < this.bases.size(); i++) {
			if (offsetAfter(this.bases.get(i)).equals(offset) && i + 1 < this.bases.size()) {
				return i + 1;
			}
		}
		throw new IllegalArgumentException("unknown offset");
	}

	private static Base base(String name, String permissionLevel, String... tables) {
		for (String table : tables) {
			if (!AirtableTables.isTemplate(table)) {
				throw new IllegalStateException("No table template named " + table);
			}
		}
		return new Base(DeterministicIds.airtable("app", name), name, permissionLevel, List.of(tables));
	}

	/** A base with the names of its table templates. */
	record Base(String id, String name, String permissionLevel, List<String> tables) {
	}

	/** One page of bases, with the offset of the next page or {@code null} on the last page. */
	record Page(List<Base> bases, String offset) {
	}

}
