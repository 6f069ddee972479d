package dev.integrations.provider.notion;

import java.util.List;
import java.util.Map;

import org.slf4j.Logger;

import org.springframework.stereotype.Component;

import dev.integrations.item.IntegrationItem;
import dev.integrations.logging.FlowContext;
import dev.integrations.provider.Credentials;
import dev.integrations.provider.Integration;
import dev.integrations.provider.ProviderApi;
import dev.integrations.provider.ProviderDescriptor;
import dev.integrations.provider.ProviderDescriptor.ClientAuthentication;
import dev.integrations.provider.ProviderDescriptor.TokenRequestFormat;
import dev.integrations.provider.ProviderHttp;
import dev.integrations.provider.ProviderRegistration;

/**
 * Notion: HTTP Basic client authentication with a JSON body at the token endpoint, and
 * {@code owner=user} on the authorization URL (https://developers.notion.com/reference/create-a-token).
 * Items are the pages, databases and data sources that search returns, which are only the objects
 * the user shared with the integration.
 */
@Component
class NotionIntegration implements Integration {

	static final ProviderDescriptor DESCRIPTOR = new ProviderDescriptor("notion", "Notion",
			ClientAuthentication.CLIENT_SECRET_BASIC, TokenRequestFormat.JSON, false, Map.of("owner", "user"));

	/** Header that pins the API version, and with it the shape of every response. */
	static final String VERSION_HEADER = "Notion-Version";

	private static final Logger logger = FlowContext.logger("notion");

	private final NotionProperties properties;

	private final ProviderHttp http;

	NotionIntegration(NotionProperties properties, ProviderHttp http) {
		this.properties = properties;
		this.http = http;
	}

	@Override
	public ProviderDescriptor descriptor() {
		return DESCRIPTOR;
	}

	@Override
	public NotionProperties properties() {
		return this.properties;
	}

	@Override
	public List<IntegrationItem> loadItems(ProviderRegistration registration, Credentials credentials) {
		ProviderApi api = this.http.api(registration, credentials.accessToken(),
				Map.of(VERSION_HEADER, this.properties.getVersion()));
		NotionSearch.SearchResults search = new NotionSearch(api, registration.displayName()).fetchAll();
		List<IntegrationItem> items = NotionItems.toItems(search.results());
		logger.info("Fetched {} pages of search results with {} results and mapped {} items, leaving out {} "
				+ "archived, trashed or id-less results", search.pages(), search.results().size(), items.size(),
				search.results().size() - items.size());
		return items;
	}

}
