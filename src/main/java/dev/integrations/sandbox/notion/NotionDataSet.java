package dev.integrations.sandbox.notion;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import dev.integrations.sandbox.ConditionalOnSandbox;
import dev.integrations.sandbox.DeterministicIds;
import dev.integrations.sandbox.notion.NotionObject.Database;
import dev.integrations.sandbox.notion.NotionObject.Fragment;

/**
 * The pages and databases the sandbox Notion workspace shares: 127 objects, so that a search needs
 * two pages of 100, with the hard cases built in: a title property called {@code Task name} or
 * {@code Company} instead of {@code Name}, a title of a bold and a plain fragment, an untitled page,
 * accents, Japanese, Chinese and emoji, and a few trashed objects.
 */
@Component
@ConditionalOnSandbox
class NotionDataSet {

	private static final Instant START = Instant.parse("2025-01-06T09:00:00Z");

	private static final List<String> TASK_VERBS = List.of("Migrate", "Fix", "Document", "Review", "Refactor",
			"Test", "Deploy", "Monitor", "Design");

	private static final List<String> TASK_OBJECTS = List.of("billing service", "login timeout", "search index",
			"CSV export", "onboarding e-mails", "日本語ローカライズ", "Übersetzungen");

	private static final List<String> READING_PREFIXES = List.of("Notes on", "A Guide to", "Thinking in");

	private static final List<String> READING_SUBJECTS = List.of("Distributed Systems", "Typography",
			"Café Culture", "Ma (間) and Design", "Écriture", "Data Pipelines", "Team Rituals", "Rust", "Résilience",
			"Event Sourcing");

	private static final List<String> COMPANIES = List.of("Acme Widgets", "Globex", "Initech", "Umbrella Labs",
			"Café Müller GmbH", "株式会社サクラ", "Søndergaard & Co", "Rocket Labs 🚀", "Hooli", "Vandelay Industries",
			"Łódź Logistics", "São Paulo Têxtil", "北京数据科技", "Zoë's Bakery", "Nordwind AG", "Pied Piper",
			"Oceanic Air", "Stark Fabrication", "Wayne Ventures", "Cyberdyne", "Tyrell Systems", "Massive Dynamic");

	private static final List<String> HANDBOOK_PAGES = List.of("Vacation policy", "Expense policy", "Code of conduct",
			"Remote work", "Security basics", "Équipe Paris", "Holiday calendar 2025", "Tools we use", "Hiring process",
			"Performance reviews", "Office map", "Benefits", "Travel policy", "Brand guidelines", "FAQ");

	private final List<NotionObject> built = new ArrayList<>();

	private final List<NotionObject> objects;

	NotionDataSet() {
		NotionObject handbook = page("Team Handbook", "📘", null);
		NotionObject wiki = page("Engineering Wiki", "🛠️", null);
		addWorkspacePages();
		HANDBOOK_PAGES.forEach((title) -> page(title, null, handbook.id()));
		add(null, "trashed/Old roadmap", plain("Old roadmap"), handbook.id(), null, null, true);
		add(null, "trashed/Draft pricing", plain("Draft: pricing 2023"), handbook.id(), null, null, true);
		addTasks(wiki);
		addReadingList(wiki);
		addCustomers(wiki);
		this.objects = this.built.stream().sorted(Comparator.comparing(NotionObject::edited).reversed()).toList();
	}

	/** Returns every shared object, most recently edited first. */
	List<NotionObject> objects() {
		return this.objects;
	}

	private void addWorkspacePages() {
		page("Café Notes ☕", "☕", null);
		page("設計レビュー", null, null);
		page("🚀 Launch plan", null, null);
		add(null, "Q3 planning notes", List.of(new Fragment("Q3", true), new Fragment(" planning notes", false)),
				null, "🗓️", null, false);
		add(null, "untitled", List.of(), null, null, null, false);
		page("Résumé template", null, null);
		page("Meeting notes", "📝", null);
		page("Onboarding checklist", "✅", null);
	}

	private void addTasks(NotionObject wiki) {
		Database tasks = database("Engineering Tasks", "✅", wiki, "Task name", "Status",
				List.of("Not started", "In progress", "Done"));
		for (int i = 0; i < 45; i++) {
			String title = TASK_VERBS.get(i % TASK_VERBS.size()) + " " + TASK_OBJECTS.get(i / TASK_VERBS.size());
			boolean trashed = i == 7 || i == 31;
			add(tasks, "task/" + i, plain(title), null, null, tasks.options().get(i % 3), trashed);
		}
	}

	private void addReadingList(NotionObject wiki) {
		Database reading = database("Reading List", "📚", wiki, "Name", "Type", List.of("Book", "Article", "Podcast"));
		for (int i = 0; i < READING_PREFIXES.size() * READING_SUBJECTS.size(); i++) {
			String title = READING_PREFIXES.get(i % READING_PREFIXES.size()) + " "
					+ READING_SUBJECTS.get(i / READING_PREFIXES.size());
			add(reading, "reading/" + i, plain(title), null, null, reading.options().get(i % 3), false);
		}
	}

	private void addCustomers(NotionObject wiki) {
		Database customers = database("客户 Customers", null, wiki, "Company", "Country",
				List.of("Deutschland", "日本", "Brasil", "France"));
		for (int i = 0; i < COMPANIES.size(); i++) {
			add(customers, "customer/" + i, plain(COMPANIES.get(i)), null, null, customers.options().get(i % 4), false);
		}
	}

	private NotionObject page(String title, String emoji, UUID parentPageId) {
		return add(null, "page/" + title, plain(title), parentPageId, emoji, null, false);
	}

	private Database database(String title, String emoji, NotionObject parent, String titleProperty,
			String selectProperty, List<String> options) {
		Database database = new Database(DeterministicIds.uuid("database/" + title),
				DeterministicIds.uuid("data-source/" + title), titleProperty, selectProperty, options);
		add(database, "database/" + title, plain(title), parent.id(), emoji, null, false);
		return database;
	}

	private NotionObject add(Database database, String seed, List<Fragment> title, UUID parentPageId, String emoji,
			String option, boolean inTrash) {
		int sequence = this.built.size();
		Instant created = START.plus(Duration.ofMinutes(421L * sequence));
		Instant edited = created.plus(Duration.ofMinutes(37L * ((sequence * 7919L) % 1000)));
		UUID id = (database != null && seed.startsWith("database/")) ? database.id() : DeterministicIds.uuid(seed);
		NotionObject object = new NotionObject(database, id, title, parentPageId, emoji, option, created, edited,
				inTrash);
		this.built.add(object);
		return object;
	}

	private static List<Fragment> plain(String text) {
		return List.of(new Fragment(text, false));
	}

}
