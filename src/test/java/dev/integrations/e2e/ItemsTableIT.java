package dev.integrations.e2e;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** Filters, sorts and inspects the HubSpot stand-in's 362 items in the page's table. */
class ItemsTableIT extends BrowserTest {

	private static final String COLLATION_ORDER = """
			(names) => {
			  const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
			  return names.every((name, index) => index === 0 || collator.compare(names[index - 1], name) <= 0);
			}""";

	@BeforeEach
	void loadHubSpot() {
		openPage(1280, 900);
		chooseIntegration("HubSpot");
		connect("HubSpot");
		this.page.getByTestId("load-button").click();
		assertThat(this.page.getByTestId("items-table")).isVisible();
	}

	@Test
	void filterShowsOneTypeWithItsCount() {
		filterButton("Deal 119").click();

		assertThat(filterButton("All 362")).isVisible();
		assertThat(filterButton("Contact 129")).isVisible();
		assertThat(filterButton("Company 114")).isVisible();
		assertThat(typeCells()).hasCount(25);
		assertThat(typeCells()).containsText(Collections.nCopies(25, "Deal").toArray(String[]::new));
	}

	@Test
	void nameHeaderSortsBothWays() {
		Locator header = this.page.getByRole(AriaRole.COLUMNHEADER, new Page.GetByRoleOptions().setName("Name"));

		header.getByRole(AriaRole.BUTTON).click();
		assertThat(header).hasAttribute("aria-sort", "ascending");
		List<String> ascending = nameCells().allTextContents();
		header.getByRole(AriaRole.BUTTON).click();
		assertThat(header).hasAttribute("aria-sort", "descending");
		List<String> descending = new ArrayList<>(nameCells().allTextContents());
		Collections.reverse(descending);

		assertThat(isInCollationOrder(ascending)).isTrue();
		assertThat(isInCollationOrder(descending)).isTrue();
		assertThat(ascending).isNotEqualTo(descending);
	}

	@Test
	void rawJsonShowsTheFilteredItems() {
		filterButton("Company 114").click();

		this.page.getByTestId("raw-json-toggle").check();

		assertThat(this.page.getByTestId("items-table")).isHidden();
		JsonNode jsonItems = JsonMapper.builder().build().readTree(this.page.getByTestId("raw-json").textContent());
		List<String> types = new ArrayList<>();
		jsonItems.forEach((item) -> types.add(item.get("type").stringValue()));
		assertThat(types).hasSize(114);
		assertThat(types).containsOnly("Company");
	}

	private Locator filterButton(String name) {
		return this.page.getByTestId("type-filter")
			.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name).setExact(true));
	}

	private Locator typeCells() {
		return this.page.getByTestId("items-table").locator("tbody tr td:nth-child(2)");
	}

	private Locator nameCells() {
		return this.page.getByTestId("items-table").locator("tbody tr td:nth-child(1)");
	}

	/** Checks the order with the collation that the page sorts by, rather than Java's. */
	private boolean isInCollationOrder(List<String> names) {
		return (Boolean) this.page.evaluate(COLLATION_ORDER, names);
	}

}
