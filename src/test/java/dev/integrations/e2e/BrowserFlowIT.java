package dev.integrations.e2e;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.integrations.support.ApiClient;
import dev.integrations.support.FreePorts;
import dev.integrations.support.SandboxConsent;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drives the web page in headless Chromium against the service with its sandbox stand-ins. A person
 * connects in the popup and loads every item, and a declined consent is explained on the page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
class BrowserFlowIT {

	private static final int PORT = FreePorts.next();

	private static final String BASE_URL = "http://localhost:" + PORT;

	private static final Path CHROMIUM = Paths.get("/usr/bin/chromium");

	private static final List<String> CHROMIUM_ARGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
			"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
			"--disable-sync", "--disable-dev-shm-usage");

	private static Playwright playwright;

	private static Browser browser;

	private BrowserContext context;

	private Page page;

	@DynamicPropertySource
	static void sandbox(DynamicPropertyRegistry registry) {
		registry.add("server.port", () -> PORT);
		registry.add("integrations.public-base-url", () -> BASE_URL);
		registry.add("integrations.sandbox.enabled", () -> "true");
	}

	@BeforeAll
	static void launchBrowser() {
		if (!Files.isExecutable(CHROMIUM)) {
			throw new IllegalStateException("The browser tests need Chromium at " + CHROMIUM
					+ ": run 'sudo apt-get install chromium' (Debian/Ubuntu) and run the tests again");
		}
		playwright = Playwright.create(new Playwright.CreateOptions()
			.setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		browser = playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM).setArgs(CHROMIUM_ARGS));
	}

	@AfterAll
	static void closeBrowser() {
		if (playwright != null) {
			playwright.close();
		}
	}

	@BeforeEach
	void openPage() {
		this.context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1100, 900));
		this.page = this.context.newPage();
		this.page.navigate(BASE_URL + "/");
	}

	@AfterEach
	void closePage() {
		this.context.close();
	}

	@ParameterizedTest
	@CsvSource({ "airtable, Airtable", "notion, Notion", "hubspot, HubSpot" })
	void connectAndLoadShowsEveryItem(String provider, String label) {
		int expectedItems = itemCountThroughApi(provider);
		chooseIntegration(label);

		Page popup = this.page.waitForPopup(() -> this.page.getByTestId("connect-button").click());
		assertThat(popup.locator("body")).containsText("SANDBOX");
		popup.waitForClose(() -> clickClosingPopup(popup, "#approve"));

		assertThat(this.page.getByTestId("connect-button")).hasText(label + " Connected");
		this.page.getByTestId("load-button").click();
		assertThat(this.page.getByTestId("items-count")).hasText(expectedItems + " items");
		assertThat(this.page.getByTestId("items-table").locator("tbody tr")).hasCount(25);
		assertThat(this.page.getByTestId("items-table")).not().containsText("[object Object]");
		this.page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target/e2e/" + provider + "-loaded.png"))
			.setFullPage(true));
	}

	@Test
	void deniedConsentShowsReason() {
		chooseIntegration("Notion");

		Page popup = this.page.waitForPopup(() -> this.page.getByTestId("connect-button").click());
		popup.locator("#deny").click();

		assertThat(this.page.getByTestId("error-alert")).containsText("did not grant access (access_denied)");
		assertThat(popup.locator("body")).containsText("did not grant access");
		assertThat(this.page.getByTestId("connect-button")).hasText("Connect to Notion");
	}

	@Test
	void clearDataHidesItems() {
		chooseIntegration("HubSpot");
		Page popup = this.page.waitForPopup(() -> this.page.getByTestId("connect-button").click());
		popup.waitForClose(() -> clickClosingPopup(popup, "#approve"));
		this.page.getByTestId("load-button").click();
		assertThat(this.page.getByTestId("items-table")).isVisible();

		this.page.getByTestId("clear-button").click();

		assertThat(this.page.getByTestId("items-table")).isHidden();
	}

	private void chooseIntegration(String label) {
		this.page.getByTestId("integration-select").click();
		this.page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(label)).click();
		assertThat(this.page.getByTestId("connect-button")).hasText("Connect to " + label);
	}

	/** Clicks a button whose effect closes the popup, which can close it before the click returns. */
	private static void clickClosingPopup(Page popup, String selector) {
		try {
			popup.locator(selector).click();
		}
		catch (PlaywrightException ex) {
			if (!popup.isClosed()) {
				throw ex;
			}
		}
	}

	/** Counts the items that the same flow gives through the HTTP API, for comparison with the page. */
	private static int itemCountThroughApi(String provider) {
		ApiClient api = ApiClient.onPort(PORT);
		Map<String, String> user = Map.of("user_id", "api-" + provider, "org_id", "api-org");
		String url = ApiClient.json(api.postForm("/integrations/" + provider + "/authorize", user)).stringValue();
		api.get(SandboxConsent.decide(api, url, "allow").toString());
		String credentials = api.postForm("/integrations/" + provider + "/credentials", user).body();
		HttpResponse<String> items = api.postForm("/integrations/" + provider + "/load",
				Map.of("credentials", credentials));
		int count = ApiClient.json(items).size();
		assertThat(count).isGreaterThan(25);
		return count;
	}

}
