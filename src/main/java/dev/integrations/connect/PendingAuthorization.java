package dev.integrations.connect;

import java.net.URI;
import java.time.Instant;

/**
 * Record that the service keeps between {@code /authorize} and the callback, stored under the state
 * value itself. The user and organization come from here, never from the callback's parameters.
 *
 * @param provider name of the provider the state was issued for
 * @param userId user who started the connection
 * @param orgId organization of that user
 * @param codeVerifier PKCE code verifier, or null when the provider does not use PKCE
 * @param redirectUri redirect URI sent in the authorization request
 * @param expiresAt when the state stops being accepted
 */
record PendingAuthorization(String provider, String userId, String orgId, String codeVerifier, URI redirectUri,
		Instant expiresAt) {

	@Override
	public String toString() {
		return "PendingAuthorization[provider=" + this.provider + ", userId=" + this.userId + ", orgId=" + this.orgId
				+ ", codeVerifier=" + ((this.codeVerifier != null) ? "<hidden>" : "null") + ", redirectUri="
				+ this.redirectUri + ", expiresAt=" + this.expiresAt + "]";
	}

}
