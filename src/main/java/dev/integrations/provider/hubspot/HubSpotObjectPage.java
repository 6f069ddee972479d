package dev.integrations.provider.hubspot;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * One page of {@code GET /crm/v3/objects/{objectType}}. HubSpot leaves out {@code paging} on the
 * last page.
 *
 * @param results the records of this page, never null
 * @param paging where the next page starts, null on the last page
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record HubSpotObjectPage(List<HubSpotObject> results, Paging paging) {

	HubSpotObjectPage {
		results = (results != null) ? results.stream().filter(Objects::nonNull).toList() : List.of();
	}

	/**
	 * Returns the cursor of the next page, empty on the last page. A blank cursor also ends the
	 * listing, because sending it back would start again from the first page.
	 */
	Optional<String> nextAfter() {
		return Optional.ofNullable(this.paging)
			.map(Paging::next)
			.map(Next::after)
			.filter((after) -> !after.isBlank());
	}

	/** The {@code paging} member of a page. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record Paging(Next next) {
	}

	/**
	 * The {@code paging.next} member of a page.
	 *
	 * @param after opaque cursor to send back as the {@code after} query parameter
	 * @param link URL of the next page on HubSpot's host, unused because the loader builds each
	 * request itself against the configured API base URL
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record Next(String after, String link) {
	}

}
