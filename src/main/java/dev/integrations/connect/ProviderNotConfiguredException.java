package dev.integrations.connect;

/** Thrown when a flow needs a provider's OAuth client but no client id is configured. */
public class ProviderNotConfiguredException extends RuntimeException {

	private final String provider;

	ProviderNotConfiguredException(String provider, String displayName) {
		super(displayName + " is not configured: set integrations.providers." + provider + ".client-id and "
				+ "integrations.providers." + provider + ".client-secret, or start the service with "
				+ "integrations.sandbox.enabled=true to use the built-in stand-in");
		this.provider = provider;
	}

	public String getProvider() {
		return this.provider;
	}

}
