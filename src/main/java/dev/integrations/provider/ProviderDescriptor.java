package dev.integrations.provider;

import java.time.Duration;
import java.util.Map;

/**
 * The differences between providers' OAuth 2.0 endpoints, as data. The shared connect flow
 * reads these values and never branches on a provider's name.
 *
 * @param name path segment in {@code /integrations/{name}/...} and key under
 * {@code integrations.providers}
 * @param displayName name shown to people, in messages and pages
 * @param clientAuthentication how the client id and secret reach the token endpoint
 * @param tokenRequestFormat media type of the token request body
 * @param pkce whether the authorization request carries an S256 code challenge (RFC 7636)
 * @param authorizationParameters extra query parameters of the authorization URL
 * @param rateLimitWait the wait that the provider documents after a 429 without {@code Retry-After},
 * or null when it always sends that header
 */
public record ProviderDescriptor(String name, String displayName, ClientAuthentication clientAuthentication,
		TokenRequestFormat tokenRequestFormat, boolean pkce, Map<String, String> authorizationParameters,
		Duration rateLimitWait) {

	public ProviderDescriptor {
		authorizationParameters = Map.copyOf(authorizationParameters);
	}

	/** Creates a descriptor of a provider that sends {@code Retry-After} with every 429. */
	public ProviderDescriptor(String name, String displayName, ClientAuthentication clientAuthentication,
			TokenRequestFormat tokenRequestFormat, boolean pkce, Map<String, String> authorizationParameters) {
		this(name, displayName, clientAuthentication, tokenRequestFormat, pkce, authorizationParameters, null);
	}

	/** Ways of authenticating the client at the token endpoint (RFC 6749, section 2.3.1). */
	public enum ClientAuthentication {

		/** HTTP Basic with the client id and secret. */
		CLIENT_SECRET_BASIC,

		/** {@code client_id} and {@code client_secret} as body parameters. */
		CLIENT_SECRET_POST

	}

	/** Media types a token request body can have. */
	public enum TokenRequestFormat {

		/** {@code application/x-www-form-urlencoded}, as RFC 6749 defines it. */
		FORM,

		/** {@code application/json} with the same parameters as string members. */
		JSON

	}

}
