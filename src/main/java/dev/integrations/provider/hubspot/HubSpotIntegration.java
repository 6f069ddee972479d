package dev.integrations.provider.hubspot;

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
 * HubSpot: client id and secret in the form body at the token endpoint
 * (https://developers.hubspot.com/docs/api/oauth/tokens).
 */
@Component
class HubSpotIntegration implements Integration {

	static final ProviderDescriptor DESCRIPTOR = new ProviderDescriptor("hubspot", "HubSpot",
			ClientAuthentication.CLIENT_SECRET_POST, TokenRequestFormat.FORM, false, Map.of());

	private final HubSpotProperties properties;

	HubSpotIntegration(HubSpotProperties properties) {
		this.properties = properties;
	}

	@Override
	public ProviderDescriptor descriptor() {
		return DESCRIPTOR;
	}

	@Override
	public HubSpotProperties properties() {
		return this.properties;
	}

	@Override
	public List<IntegrationItem> loadItems(ProviderRegistration registration, Credentials credentials) {
		throw new UnsupportedOperationException("HubSpot loading is not written yet");
	}

}
