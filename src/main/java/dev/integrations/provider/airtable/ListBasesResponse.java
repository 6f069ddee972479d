package dev.integrations.provider.airtable;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * One page of {@code GET /v0/meta/bases} (https://airtable.com/developers/web/api/list-bases). A page
 * contains up to 1000 bases. An enterprise restriction can return an empty {@code bases} array. A missing
 * array, a null entry or a base without an id throws {@link IllegalArgumentException}, which the HTTP
 * client reports as an unreadable response.
 *
 * @param bases the bases the token can see on this page
 * @param offset token for the next page, null on the last page
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record ListBasesResponse(List<Base> bases, String offset) {

	ListBasesResponse {
		if (bases == null) {
			throw new IllegalArgumentException("Airtable list-bases response is missing the 'bases' array");
		}
		bases = List.copyOf(bases);
	}

	/**
	 * One base as the list shows it. The meta API gives bases no timestamps and no URL.
	 *
	 * @param id base id, such as {@code appQx7Lm2Nw8Rt4Vb}
	 * @param name name shown in Airtable
	 * @param permissionLevel one of {@code none}, {@code read}, {@code comment}, {@code edit},
	 * {@code create}
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record Base(String id, String name, String permissionLevel) {

		Base {
			if (id == null || id.isBlank()) {
				throw new IllegalArgumentException("Airtable base is missing its 'id'");
			}
		}

	}

}
