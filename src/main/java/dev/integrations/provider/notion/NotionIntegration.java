package dev.integrations.provider.notion;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import dev.integrations.item.IntegrationItem;
import dev.integrations.provider.Credentials;
import dev.integrations.provider.Integration;
import dev.integrations.provider.ProviderDescriptor;
import dev.integrations.provider.ProviderDescriptor.ClientAuthentication;
import dev.integrations.provider.ProviderDescriptor.TokenRequestFormat;
import dev.integrations.provider.ProviderRegistration;

/**
 * Notion: HTTP Basic client authentication with a JSON body at the token endpoint, and
 * {@code owner=user} on the authorization URL (https://developers.notion.com/reference/create-a-token).
 */
@Component
class NotionIntegration implements Integration {

	static final ProviderDescriptor DESCRIPTOR = new ProviderDescriptor("notion", "Notion",
			ClientAuthentication.CLIENT_SECRET_BASIC, TokenRequestFormat.JSON, false, Map.of("owner", "user"));

	private final NotionProperties properties;

	NotionIntegration(NotionProperties properties) {
		this.properties = properties;
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
		throw new UnsupportedOperationException("Notion loading is not written yet");
	}

}
