package dev.integrations.provider;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotNull;

/**
 * OAuth client and API settings of one provider, bound from {@code integrations.providers.<name>}.
 * Each provider package extends this class with the real provider's URLs and scopes as defaults.
 */
public abstract class ProviderProperties {

	/** Client id of the OAuth app registered with the provider; empty when not configured. */
	private String clientId = "";

	/** Client secret of the OAuth app; read from configuration or the environment only. */
	private String clientSecret = "";

	/** Full URL of the provider's authorization (consent) endpoint. */
	@NotNull
	private URI authorizationUri;

	/** Full URL of the provider's token endpoint. */
	@NotNull
	private URI tokenUri;

	/** Scheme and host of the provider's data API; the service appends the documented paths. */
	@NotNull
	private URI apiBaseUri;

	/** Scopes requested at authorization. */
	@NotNull
	private List<String> scopes;

	protected ProviderProperties(URI authorizationUri, URI tokenUri, URI apiBaseUri, List<String> scopes) {
		this.authorizationUri = authorizationUri;
		this.tokenUri = tokenUri;
		this.apiBaseUri = apiBaseUri;
		this.scopes = new ArrayList<>(scopes);
	}

	public String getClientId() {
		return this.clientId;
	}

	public void setClientId(String clientId) {
		this.clientId = (clientId != null) ? clientId.strip() : "";
	}

	public String getClientSecret() {
		return this.clientSecret;
	}

	public void setClientSecret(String clientSecret) {
		this.clientSecret = (clientSecret != null) ? clientSecret.strip() : "";
	}

	public URI getAuthorizationUri() {
		return this.authorizationUri;
	}

	public void setAuthorizationUri(URI authorizationUri) {
		this.authorizationUri = authorizationUri;
	}

	public URI getTokenUri() {
		return this.tokenUri;
	}

	public void setTokenUri(URI tokenUri) {
		this.tokenUri = tokenUri;
	}

	public URI getApiBaseUri() {
		return this.apiBaseUri;
	}

	public void setApiBaseUri(URI apiBaseUri) {
		this.apiBaseUri = apiBaseUri;
	}

	public List<String> getScopes() {
		return this.scopes;
	}

	public void setScopes(List<String> scopes) {
		this.scopes = scopes;
	}

	@Override
	public String toString() {
		return getClass().getSimpleName() + "[clientId=" + this.clientId + ", clientSecret="
				+ (this.clientSecret.isEmpty() ? "<empty>" : "<hidden>") + ", authorizationUri="
				+ this.authorizationUri + ", tokenUri=" + this.tokenUri + ", apiBaseUri=" + this.apiBaseUri
				+ ", scopes=" + this.scopes + "]";
	}

}
