package dev.integrations.e2e;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

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

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.integrations.support.ApiClient;
import dev.integrations.support.FreePorts;
import dev.integrations.support.SandboxConsent;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the service with its sandbox stand-ins on a free port and drives its page in headless
 * Chromium, as a person would. Every subclass shares one service and one browser.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
abstract class BrowserTest {

	static final int PORT = FreePorts.next();

	static final String BASE_URL = "http://localhost:" + PORT;

	static final Path SCREENSHOTS = Paths.get("target", "e2e");

	private static final Path CHROMIUM = Paths.get("/usr/bin/chromium");

	private static final List<String> CHROMIUM_ARGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
			"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
			"--disable-sync", "--disable-dev-shm-usage");

	private static Playwright playwright;

	private static Browser browser;

	private BrowserContext context;

	Page page;

	/** Console lines of the page and its popups: type, text and the URL that wrote them. */
	final List<String> consoleLines = new CopyOnWriteArrayList<>();

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

	@AfterEach
	void closePage() {
		if (this.context != null) {
			this.context.close();
		}
	}

	/** Opens the page in a fresh browser context with the given viewport. */
	void openPage(int width, int height) {
		this.context = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height));
		this.context.onConsoleMessage((message) -> this.consoleLines
			.add(message.type() + ": " + message.text() + " at " + message.location()));
		this.page = this.context.newPage();
		this.page.navigate(BASE_URL + "/");
	}

	BrowserContext context() {
		return this.context;
	}

	void chooseIntegration(String label) {
		this.page.getByTestId("integration-select").click();
		this.page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(label)).click();
		assertThat(this.page.getByTestId("connect-button")).hasText("Connect to " + label);
	}

	/** Connects the chosen provider: Connect, then Allow in the popup, which closes itself. */
	void connect(String label) {
		Page popup = this.page.waitForPopup(() -> this.page.getByTestId("connect-button").click());
		assertThat(popup.locator("body")).containsText("SANDBOX");
		popup.waitForClose(() -> clickClosingPopup(popup, "#approve"));
		assertThat(this.page.getByTestId("connect-button")).hasText(label + " Connected");
	}

	void screenshot(String name) {
		this.page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name)).setFullPage(true));
	}

	/** Clicks a button whose effect closes the popup, which can close it before the click returns. */
	static void clickClosingPopup(Page popup, String selector) {
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
	static int itemCountThroughApi(String provider) {
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
