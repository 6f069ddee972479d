package dev.integrations.provider.airtable;

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
 * Airtable: authorization code with PKCE (S256 only), HTTP Basic client authentication and a form
 * body at the token endpoint (https://airtable.com/developers/web/api/oauth-reference).
 */
@Component
class AirtableIntegration implements Integration {

	static final ProviderDescriptor DESCRIPTOR = new ProviderDescriptor("airtable", "Airtable",
			ClientAuthentication.CLIENT_SECRET_BASIC, TokenRequestFormat.FORM, true, Map.of());

	private final AirtableProperties properties;

	AirtableIntegration(AirtableProperties properties) {
		this.properties = properties;
	}

	@Override
	public ProviderDescriptor descriptor() {
		return DESCRIPTOR;
	}

	@Override
	public AirtableProperties properties() {
		return this.properties;
	}

	@Override
	public List<IntegrationItem> loadItems(ProviderRegistration registration, Credentials credentials) {
		throw new UnsupportedOperationException("Airtable loading is not written yet");
	}

}
