package dev.integrations.provider.airtable;

import java.util.ArrayList;
import java.util.List;

import org.springframework.web.util.UriComponentsBuilder;

import dev.integrations.item.IntegrationItem;
import dev.integrations.provider.airtable.BaseSchemaResponse.Table;
import dev.integrations.provider.airtable.ListBasesResponse.Base;

/**
 * Maps Airtable meta API responses to items: a {@code Base} directory whose children are its tables,
 * and one {@code Table} item per table. Item ids carry a {@code _Base} or {@code _Table} suffix, as
 * the original service's ids did. The meta API has no timestamps, so the time fields stay null.
 */
final class AirtableItemMapper {

	static final String BASE_TYPE = "Base";

	static final String TABLE_TYPE = "Table";

	private static final String WEB_APP_URL = "https://airtable.com";

	private AirtableItemMapper() {
	}

	/** Maps a base and its schema to the base item followed by its table items. */
	static List<IntegrationItem> toItems(Base base, BaseSchemaResponse schema) {
		List<IntegrationItem> items = new ArrayList<>(schema.tables().size() + 1);
		items.add(toBaseItem(base, schema.tables()));
		for (Table table : schema.tables()) {
			items.add(toTableItem(base, table));
		}
		return items;
	}

	static IntegrationItem toBaseItem(Base base, List<Table> tables) {
		List<String> children = tables.stream().map((table) -> tableItemId(table.id())).toList();
		return IntegrationItem.builder(baseItemId(base.id()), BASE_TYPE)
			.directory(true)
			.name(base.name())
			.url(webUrl(base.id()))
			.children(children)
			.build();
	}

	static IntegrationItem toTableItem(Base base, Table table) {
		return IntegrationItem.builder(tableItemId(table.id()), TABLE_TYPE)
			.parent(baseItemId(base.id()), base.name())
			.name(table.name())
			.url(webUrl(base.id(), table.id()))
			.build();
	}

	static String baseItemId(String baseId) {
		return baseId + "_" + BASE_TYPE;
	}

	static String tableItemId(String tableId) {
		return tableId + "_" + TABLE_TYPE;
	}

	/** Returns the link that opens a base or table in Airtable's web app, each id its own path segment. */
	private static String webUrl(String... ids) {
		return UriComponentsBuilder.fromUriString(WEB_APP_URL).pathSegment(ids).encode().build().toUriString();
	}

}
