package dev.integrations.sandbox.hubspot;

import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Builds the sandbox HubSpot records from name lists: the same records on every start, with accents,
 * Chinese and Japanese names, emoji, contacts that have only an e-mail address, empty values, and a
 * few archived records per type. Contact 1135 and company 1135 share their id on purpose.
 */
final class HubSpotRecords {

	private static final Instant START = Instant.parse("2024-01-10T10:36:45.123Z");

	private static final List<String> FIRST_NAMES = List.of("Grace", "Linus", "Zoë", "José", "Søren", "Åsa",
			"François", "Łukasz", "Ngozi", "Priya", "Mateo", "Hana", "美咲", "伟", "Émilie", "Björn", "Aisha", "Kenji",
			"Olga", "Tomás");

	private static final List<String> LAST_NAMES = List.of("Example", "Müller", "García", "Kowalski", "Okafor",
			"Sharma", "Rossi", "Tanaka", "王", "佐藤", "Dubois", "Lindqvist", "O'Brien", "Nguyễn", "Silva");

	private static final List<String> COMPANY_STEMS = List.of("Acme", "Globex", "Initech", "Umbrella", "Café Müller",
			"Sakura 桜", "Søndergaard", "Rocket Labs 🚀", "Nordwind", "São Paulo Têxtil", "北京数据", "Łódź Logistics");

	private static final List<String> COMPANY_FORMS = List.of("", " GmbH", " Holdings", " Ltd", " AG", " 株式会社",
			" & Co", " Inc.", " SA", " Group");

	private static final List<String> DEAL_PRODUCTS = List.of("Annual license renewal", "Pilot", "Expansion seats",
			"Support add-on", "Onboarding package");

	private static final List<String> DEAL_STAGES = List.of("appointmentscheduled", "qualifiedtobuy",
			"presentationscheduled", "decisionmakerboughtin", "contractsent", "closedwon", "closedlost");

	private static final List<String> JOB_TITLES = List.of("Engineer", "Buyer", "CTO", "Designer");

	private static final List<String> CITIES = List.of("Berlin", "São Paulo", "東京", "Kraków", "Montréal", "Lagos");

	private static final Set<Integer> ARCHIVED = Set.of(13, 29, 47, 71, 99, 118);

	/** HubSpot's timestamp format, always with milliseconds. */
	static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
		.withZone(ZoneOffset.UTC);

	private HubSpotRecords() {
	}

	static List<CrmRecord> contacts() {
		List<CrmRecord> contacts = new ArrayList<>();
		for (int i = 0; i < 135; i++) {
			long id = 1001 + i;
			String first = FIRST_NAMES.get(i % FIRST_NAMES.size());
			String last = LAST_NAMES.get((i * 7) % LAST_NAMES.size());
			boolean emailOnly = i % 11 == 5;
			Map<String, String> properties = new LinkedHashMap<>();
			properties.put("firstname", emailOnly ? null : first);
			properties.put("lastname", emailOnly ? null : last);
			properties.put("email", (i % 17 == 3) ? null : email(first, last, id));
			properties.put("phone", (i % 4 == 0) ? null : "+49 30 5550" + String.format(Locale.ROOT, "%03d", i));
			properties.put("company", companyName(i % 120));
			properties.put("jobtitle", (i % 5 == 0) ? null : JOB_TITLES.get(i % JOB_TITLES.size()));
			properties.put("lifecyclestage", List.of("lead", "subscriber", "customer", "opportunity").get(i % 4));
			properties.put("city", CITIES.get(i % CITIES.size()));
			contacts.add(record(id, i, properties, "lastmodifieddate"));
		}
		return contacts;
	}

	static List<CrmRecord> companies() {
		List<CrmRecord> companies = new ArrayList<>();
		for (int i = 0; i < 120; i++) {
			long id = 1135 + i;
			String name = companyName(i);
			Map<String, String> properties = new LinkedHashMap<>();
			properties.put("name", name);
			properties.put("domain", (i % 9 == 4) ? null : domain(name, id));
			properties.put("industry", List.of("COMPUTER_SOFTWARE", "RETAIL", "LOGISTICS_AND_SUPPLY_CHAIN").get(i % 3));
			properties.put("city", CITIES.get(i % CITIES.size()));
			properties.put("country", List.of("Germany", "Brazil", "Japan", "Poland", "Canada", "Nigeria").get(i % 6));
			properties.put("phone", null);
			properties.put("numberofemployees", Integer.toString(5 + (i * 37) % 2000));
			properties.put("annualrevenue", (i % 6 == 0) ? null : (100000 + i * 25000) + ".00");
			companies.add(record(id, i, properties, "hs_lastmodifieddate"));
		}
		return companies;
	}

	static List<CrmRecord> deals() {
		List<CrmRecord> deals = new ArrayList<>();
		for (int i = 0; i < 125; i++) {
			long id = 20001 + i;
			Map<String, String> properties = new LinkedHashMap<>();
			String product = DEAL_PRODUCTS.get(i % DEAL_PRODUCTS.size());
			properties.put("dealname", companyName((i * 7) % 120) + " — " + product);
			properties.put("amount", (i % 8 == 1) ? null : (500 + i * 125) + ".00");
			properties.put("closedate", (i % 3 == 2) ? null : TIMESTAMP.format(START.plus(Duration.ofDays(90 + i))));
			properties.put("dealstage", DEAL_STAGES.get(i % DEAL_STAGES.size()));
			properties.put("pipeline", "default");
			properties.put("dealtype", (i % 2 == 0) ? "newbusiness" : "existingbusiness");
			properties.put("description", null);
			deals.add(record(id, i, properties, "hs_lastmodifieddate"));
		}
		return deals;
	}

	private static CrmRecord record(long id, int index, Map<String, String> properties, String modifiedProperty) {
		Instant created = START.plus(Duration.ofSeconds(33187L * index).plusMillis(391L * index));
		Instant updated = created.plus(Duration.ofHours((index * 37L) % 400).plusMillis(17L * index));
		properties.put("createdate", TIMESTAMP.format(created));
		properties.put(modifiedProperty, TIMESTAMP.format(updated));
		properties.put("hs_object_id", Long.toString(id));
		Instant archivedAt = ARCHIVED.contains(index) ? updated.plus(Duration.ofDays(3)) : null;
		return new CrmRecord(id, properties, created, updated, archivedAt);
	}

	private static String companyName(int index) {
		return COMPANY_STEMS.get(index % COMPANY_STEMS.size()) + COMPANY_FORMS.get(index / COMPANY_STEMS.size());
	}

	/** Builds an ASCII e-mail address; names without Latin letters get one from the id. */
	private static String email(String first, String last, long id) {
		String local = slug(first) + "." + slug(last);
		return (local.startsWith(".") || local.endsWith(".") ? "contact" + id : local) + "@example.invalid";
	}

	private static String domain(String companyName, long id) {
		String slug = slug(companyName);
		return (slug.isEmpty() ? "company-" + id : slug) + ".example";
	}

	private static String slug(String text) {
		String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace("ł", "l")
			.replace("Ł", "L").replace("ø", "o").replace("Ø", "O");
		return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
	}

}
