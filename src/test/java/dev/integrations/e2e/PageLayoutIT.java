package dev.integrations.e2e;

import java.util.List;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** Checks that the page is usable on a phone, with the keyboard alone, and by assistive technology. */
class PageLayoutIT extends BrowserTest {

	private static final int PHONE_WIDTH = 360;

	@Test
	void phoneWidthNeverScrollsSideways() {
		openPage(PHONE_WIDTH, 740);
		chooseIntegration("HubSpot");
		connect("HubSpot");

		this.page.getByTestId("load-button").click();

		assertThat(this.page.getByTestId("items-table")).isVisible();
		assertThat(this.page.getByTestId("load-button")).isInViewport();
		assertThat(this.page.evaluate("() => window.innerWidth")).isEqualTo(PHONE_WIDTH);
		assertThat(pageWidth()).isLessThanOrEqualTo(PHONE_WIDTH);
		screenshot("hubspot-loaded-360px.png");
	}

	@Test
	void keyboardAloneConnectsAndLoads() {
		openPage(1280, 900);
		this.page.getByTestId("integration-select").focus();

		this.page.keyboard().type("Air");
		this.page.keyboard().press("ArrowDown");
		this.page.keyboard().press("Enter");
		this.page.keyboard().press("Tab");
		Page popup = this.page.waitForPopup(() -> this.page.keyboard().press("Enter"));
		popup.waitForClose(() -> clickClosingPopup(popup, "#approve"));
		this.page.getByTestId("load-button").focus();
		this.page.keyboard().press("Enter");

		assertThat(this.page.getByTestId("connect-button")).hasText("Airtable Connected");
		assertThat(this.page.getByTestId("items-table")).isVisible();
	}

	@Test
	void loadedPageHasNoAccessibilityViolations() {
		openPage(1280, 900);
		chooseIntegration("Notion");
		connect("Notion");
		this.page.getByTestId("load-button").click();
		assertThat(this.page.getByTestId("items-table")).isVisible();

		AxeResults results = new AxeBuilder(this.page).withTags(List.of("wcag2a", "wcag2aa", "wcag21aa")).analyze();

		assertThat(results.getPasses()).isNotEmpty();
		assertThat(results.getViolations()).extracting(PageLayoutIT::describe).isEmpty();
	}

	private int pageWidth() {
		return ((Number) this.page.evaluate("() => document.documentElement.scrollWidth")).intValue();
	}

	private static String describe(Rule violation) {
		return violation.getId() + ": " + violation.getHelp() + " (" + violation.getNodes().size() + " elements)";
	}

}
