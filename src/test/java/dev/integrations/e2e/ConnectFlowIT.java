package dev.integrations.e2e;

import java.net.http.HttpResponse;
import java.util.Map;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.integrations.support.ApiClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Connects each sandbox provider through the page's popup and loads every item. The Notion stand-in
 * serves its consent page with {@code Cross-Origin-Opener-Policy: same-origin}, as many real sign-in
 * pages do, so its flow also proves that the page learns the outcome from the callback page's
 * broadcast when the popup reads as closed.
 */
class ConnectFlowIT extends BrowserTest {

	@BeforeEach
	void open() {
		openPage(1280, 900);
	}

	@ParameterizedTest
	@CsvSource({ "airtable, Airtable, Product Roadmap", "notion, Notion, Cyberdyne",
			"hubspot, HubSpot, Grace Example" })
	void connectAndLoadShowsEveryItem(String provider, String label, String knownItem) {
		int expectedItems = itemCountThroughApi(provider);
		chooseIntegration(label);

		connect(label);
		this.page.getByTestId("load-button").click();

		assertThat(this.page.getByTestId("items-count")).hasText(expectedItems + " items");
		assertThat(this.page.getByTestId("items-table").locator("tbody tr")).hasCount(25);
		assertThat(this.page.getByTestId("items-table")).containsText(knownItem);
		assertThat(this.page.getByTestId("items-table")).not().containsText("[object Object]");
		assertThat(this.page.getByTestId("sandbox-banner")).isVisible();
		assertThat(this.consoleLines).noneMatch((line) -> line.contains("postMessage"));
		assertThat(this.consoleLines).noneMatch((line) -> line.contains("sbx-"));
		screenshot(provider + "-loaded.png");
	}

	@Test
	void isolatedConsentStillConnects() {
		chooseIntegration("Notion");
		Page popup = this.page.waitForPopup(() -> this.page.getByTestId("connect-button").click());

		assertThat(this.page.getByTestId("connect-notice")).containsText("Waiting for Notion");
		popup.waitForClose(() -> clickClosingPopup(popup, "#approve"));

		assertThat(this.page.getByTestId("connect-button")).hasText("Notion Connected");
		assertThat(this.page.getByTestId("connect-notice")).isHidden();
	}

	@ParameterizedTest
	@CsvSource({ "airtable, Airtable", "notion, Notion" })
	void denyShowsCancelledAndKeepsNothing(String provider, String label) {
		chooseIntegration(label);
		Page popup = this.page.waitForPopup(() -> this.page.getByTestId("connect-button").click());

		popup.waitForClose(() -> clickClosingPopup(popup, "#deny"));

		assertThat(this.page.getByTestId("connect-notice")).containsText("Cancelled");
		assertThat(this.page.getByTestId("connect-button")).hasText("Connect to " + label);
		assertThat(this.page.getByTestId("load-button")).isHidden();
		HttpResponse<String> credentials = ApiClient.onPort(PORT)
			.postForm("/integrations/" + provider + "/credentials", Map.of("user_id", "TestUser", "org_id", "TestOrg"));
		assertThat(credentials.statusCode()).isEqualTo(404);
	}

	@Test
	void failingAuthorizeLeavesNoPopup() {
		this.page.getByTestId("user-input").fill("u".repeat(300));
		chooseIntegration("HubSpot");

		Page popup = this.page.waitForPopup(() -> this.page.getByTestId("connect-button").click());

		assertThat(this.page.getByTestId("error-alert")).containsText("user_id");
		this.page.waitForCondition(popup::isClosed);
		assertThat(context().pages()).containsExactly(this.page);
	}

	@Test
	void clearDataEmptiesTheTable() {
		chooseIntegration("HubSpot");
		connect("HubSpot");
		this.page.getByTestId("load-button").click();
		assertThat(this.page.getByTestId("items-table")).isVisible();

		this.page.getByTestId("clear-button").click();

		assertThat(this.page.getByTestId("items-table")).isHidden();
		assertThat(this.page.getByTestId("items-count")).isHidden();
	}

}
