import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonObject;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.options.AriaRole;

/**
 * Measures the web page in headless Chromium against a running service with the sandbox stand-ins.
 * It times how soon the page can be used, and how long loading, sorting and filtering the HubSpot
 * stand-in's 362 items take. It also reports the page's JavaScript heap afterwards. Each round uses
 * a fresh browser context, so nothing is cached between rounds.
 *
 * <p>Usage: {@code java -cp <test classpath> bench/PageBenchmark.java http://localhost:PORT}
 */
public final class PageBenchmark {

	private static final int WARM_UP_ROUNDS = 2;

	private static final int MEASURED_ROUNDS = 10;

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final String ONLY_DEALS_SHOWN = """
			() => [...document.querySelectorAll('[data-testid=items-table] tbody tr td:nth-child(2)')]
			  .every((cell) => cell.textContent === 'Deal')""";

	private final Browser browser;

	private final String baseUrl;

	private final Map<String, List<Double>> timings = new LinkedHashMap<>();

	private final List<Double> heapMegabytes = new ArrayList<>();

	private PageBenchmark(Browser browser, String baseUrl) {
		this.browser = browser;
		this.baseUrl = baseUrl;
	}

	public static void main(String[] args) {
		if (args.length != 1) {
			throw new IllegalArgumentException("Usage: PageBenchmark <service base URL>");
		}
		if (!Files.isExecutable(CHROMIUM)) {
			throw new IllegalStateException("No Chromium at " + CHROMIUM + ": run 'sudo apt-get install chromium'");
		}
		try (Playwright playwright = Playwright.create(
				new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
			Browser browser = playwright.chromium()
				.launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
					.setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage")));
			new PageBenchmark(browser, args[0]).run();
		}
	}

	private void run() {
		for (int round = 0; round < WARM_UP_ROUNDS + MEASURED_ROUNDS; round++) {
			boolean measured = round >= WARM_UP_ROUNDS;
			try (BrowserContext context = this.browser
				.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
				runRound(context, measured);
			}
		}
		printResults();
	}

	private void runRound(BrowserContext context, boolean measured) {
		Page page = context.newPage();
		time("page usable: navigation to provider list shown", measured, () -> openPage(page));
		connectHubSpot(page);
		time("Load Data click to 362 items in the table", measured, () -> loadItems(page));
		time("sort 362 items by name", measured, () -> sortByName(page));
		time("filter to one type (119 deals)", measured, () -> filterDeals(page));
		if (measured) {
			this.heapMegabytes.add(usedHeapMegabytes(context, page));
		}
	}

	private void openPage(Page page) {
		page.navigate(this.baseUrl + "/");
		page.getByTestId("integration-select").waitFor();
	}

	private static void connectHubSpot(Page page) {
		page.getByTestId("integration-select").click();
		page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("HubSpot")).click();
		Page popup = page.waitForPopup(() -> page.getByTestId("connect-button").click());
		popup.waitForClose(() -> {
			try {
				popup.locator("#approve").click();
			}
			catch (PlaywrightException ex) {
				if (!popup.isClosed()) {
					throw ex;
				}
			}
		});
		page.getByText("HubSpot Connected").waitFor();
	}

	private static void loadItems(Page page) {
		page.getByTestId("load-button").click();
		page.getByText("362 items").waitFor();
		page.getByTestId("items-table").locator("tbody tr").nth(24).waitFor();
	}

	private static void sortByName(Page page) {
		Locator header = page.getByRole(AriaRole.COLUMNHEADER, new Page.GetByRoleOptions().setName("Name"));
		header.getByRole(AriaRole.BUTTON).click();
		page.locator("th[aria-sort=ascending]").waitFor();
	}

	private static void filterDeals(Page page) {
		page.getByTestId("type-filter")
			.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Deal 119").setExact(true))
			.click();
		page.waitForFunction(ONLY_DEALS_SHOWN);
	}

	private static double usedHeapMegabytes(BrowserContext context, Page page) {
		CDPSession session = context.newCDPSession(page);
		session.send("HeapProfiler.collectGarbage");
		session.send("Performance.enable");
		JsonObject metrics = session.send("Performance.getMetrics");
		for (var metric : metrics.getAsJsonArray("metrics")) {
			JsonObject entry = metric.getAsJsonObject();
			if (entry.get("name").getAsString().equals("JSHeapUsedSize")) {
				return entry.get("value").getAsDouble() / (1024 * 1024);
			}
		}
		throw new IllegalStateException("Chromium reported no JSHeapUsedSize metric");
	}

	private void time(String name, boolean measured, Runnable step) {
		long started = System.nanoTime();
		step.run();
		if (measured) {
			this.timings.computeIfAbsent(name, (key) -> new ArrayList<>()).add((System.nanoTime() - started) / 1e6);
		}
	}

	private void printResults() {
		System.out.printf("Page in headless Chromium, %d rounds after %d warm-up rounds, fresh context each:%n",
				MEASURED_ROUNDS, WARM_UP_ROUNDS);
		this.timings.forEach((name, values) -> System.out.printf("  %-48s p50 %6.1f ms  p95 %6.1f ms%n", name,
				percentile(values, 50), percentile(values, 95)));
		System.out.printf("  %-48s p50 %6.1f MiB%n", "JavaScript heap in use after a round",
				percentile(this.heapMegabytes, 50));
	}

	private static double percentile(List<Double> values, int percent) {
		double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
		int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(index, sorted.length - 1))];
	}

}
