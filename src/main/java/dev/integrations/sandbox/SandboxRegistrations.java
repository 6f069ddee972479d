package dev.integrations.sandbox;

import java.net.URI;

import org.springframework.stereotype.Component;

import dev.integrations.IntegrationsProperties;
import dev.integrations.provider.ProviderRegistration;
import dev.integrations.provider.RegistrationCustomizer;

/**
 * Points each provider that has no client id at its built-in stand-in when
 * {@code integrations.sandbox.enabled=true}. A stand-in serves the real provider's paths under
 * {@code {public-base-url}/sandbox/{provider}}, so {@code https://airtable.com/oauth2/v1/token}
 * becomes {@code {public-base-url}/sandbox/airtable/oauth2/v1/token}.
 */
@Component
class SandboxRegistrations implements RegistrationCustomizer {

	private final IntegrationsProperties properties;

	private final SandboxClients clients;

	SandboxRegistrations(IntegrationsProperties properties, SandboxClients clients) {
		this.properties = properties;
		this.clients = clients;
	}

	@Override
	public ProviderRegistration customize(ProviderRegistration registration) {
		if (!this.properties.sandbox().enabled() || registration.isConfigured()) {
			return registration;
		}
		SandboxClients.SandboxClient client = this.clients.clientFor(registration.name());
		return registration.relocatedTo(baseOf(registration.name()), client.clientId(), client.clientSecret());
	}

	/** Returns the URL under which the provider's stand-in serves the real provider's paths. */
	URI baseOf(String provider) {
		return URI.create(this.properties.publicBaseUrl().toString().replaceAll("/+$", "") + "/sandbox/" + provider);
	}

}
