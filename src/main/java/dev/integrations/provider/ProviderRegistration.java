package dev.integrations.provider;

import java.net.URI;
import java.util.List;

/**
 * Everything the service needs to run one provider's OAuth flow and call its API: the descriptor
 * plus the configured (or sandbox) client and endpoints.
 *
 * @param descriptor how the provider's OAuth endpoints behave
 * @param clientId client id, empty when the provider is not configured
 * @param clientSecret client secret, hidden by {@link #toString()}
 * @param authorizationUri full URL of the authorization endpoint
 * @param tokenUri full URL of the token endpoint
 * @param apiBaseUri scheme and host (and, for a stand-in, a path prefix) of the data API
 * @param scopes scopes requested at authorization
 * @param sandbox whether the endpoints are the built-in stand-in's
 */
public record ProviderRegistration(ProviderDescriptor descriptor, String clientId, String clientSecret,
		URI authorizationUri, URI tokenUri, URI apiBaseUri, List<String> scopes, boolean sandbox) {

	public ProviderRegistration {
		scopes = List.copyOf(scopes);
	}

	/** Builds the registration that the configured properties describe. */
	public static ProviderRegistration of(ProviderDescriptor descriptor, ProviderProperties properties) {
		return new ProviderRegistration(descriptor, properties.getClientId(), properties.getClientSecret(),
				properties.getAuthorizationUri(), properties.getTokenUri(), properties.getApiBaseUri(),
				properties.getScopes(), false);
	}

	public String name() {
		return this.descriptor.name();
	}

	public String displayName() {
		return this.descriptor.displayName();
	}

	/** Returns whether a client id is set, so that the OAuth flow can start. */
	public boolean isConfigured() {
		return !this.clientId.isEmpty();
	}

	/**
	 * Returns a copy that uses a stand-in under {@code base}: every endpoint keeps its path, which is
	 * appended to {@code base}, and the given client replaces the configured one.
	 */
	public ProviderRegistration relocatedTo(URI base, String standInClientId, String standInClientSecret) {
		return new ProviderRegistration(this.descriptor, standInClientId, standInClientSecret,
				relocate(base, this.authorizationUri), relocate(base, this.tokenUri), relocate(base, this.apiBaseUri),
				this.scopes, true);
	}

	private static URI relocate(URI base, URI endpoint) {
		String prefix = base.toString().replaceAll("/+$", "");
		String path = (endpoint.getRawPath() != null) ? endpoint.getRawPath() : "";
		return URI.create(prefix + path);
	}

	@Override
	public String toString() {
		return "ProviderRegistration[name=" + name() + ", clientId=" + this.clientId + ", clientSecret="
				+ (this.clientSecret.isEmpty() ? "<empty>" : "<hidden>") + ", authorizationUri="
				+ this.authorizationUri + ", tokenUri=" + this.tokenUri + ", apiBaseUri=" + this.apiBaseUri
				+ ", scopes=" + this.scopes + ", sandbox=" + this.sandbox + "]";
	}

}
