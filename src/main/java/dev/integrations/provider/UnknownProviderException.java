package dev.integrations.provider;

import java.util.List;

/** Thrown when a request names a provider that this service does not serve. */
public class UnknownProviderException extends RuntimeException {

	private final String provider;

	private final List<String> knownProviders;

	public UnknownProviderException(String provider, List<String> knownProviders) {
		super("Unknown integration '" + provider + "'; use one of " + String.join(", ", knownProviders));
		this.provider = provider;
		this.knownProviders = List.copyOf(knownProviders);
	}

	public String getProvider() {
		return this.provider;
	}

	public List<String> getKnownProviders() {
		return this.knownProviders;
	}

}
