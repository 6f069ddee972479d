package dev.integrations.sandbox;

import java.net.URI;
import java.util.Map;

/**
 * Rules of one stand-in's authorization endpoint, beyond the checks that every stand-in makes: a
 * single, correct {@code client_id} and {@code redirect_uri}, and {@code response_type=code}.
 */
public interface AuthorizationRules {

	/** Returns the provider name, the path segment after {@code /sandbox/}. */
	String provider();

	/** Returns the provider's name as people read it. */
	String displayName();

	/** Returns the real authorization endpoint's path, served under {@code /sandbox/{provider}}. */
	String authorizationPath();

	/** Returns whether the request may leave out {@code response_type}. */
	default boolean responseTypeOptional() {
		return false;
	}

	/**
	 * Checks the provider's own parameters and returns the request to keep until consent.
	 * @throws AuthorizationException when the real provider would reject the request
	 */
	AuthorizationRequest validate(AuthorizationParameters parameters, String clientId, URI redirectUri);

	/** Returns the parameters, beyond {@code code} and {@code state}, of the redirect after approval. */
	default Map<String, String> approvalParameters(AuthorizationRequest request) {
		return Map.of();
	}

}
