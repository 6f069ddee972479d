package dev.integrations.sandbox;

import java.net.URI;
import java.util.List;

/**
 * An authorization request a stand-in accepted, kept server-side while the consent page is open and
 * bound to the authorization code afterwards.
 *
 * @param provider the stand-in's provider name
 * @param clientId the client that asked for consent
 * @param redirectUri the redirect URI the code is bound to
 * @param scopes the scopes granted on approval, empty where the provider has none
 * @param state the client's state, echoed on the redirect, or {@code null}
 * @param codeChallenge the PKCE code challenge, or {@code null} when the client sent none
 * @param codeChallengeMethod the PKCE method, {@code S256} when a challenge is present
 */
public record AuthorizationRequest(String provider, String clientId, URI redirectUri, List<String> scopes,
		String state, String codeChallenge, String codeChallengeMethod) {

	public AuthorizationRequest {
		scopes = List.copyOf(scopes);
	}

	@Override
	public String toString() {
		return "AuthorizationRequest[provider=" + this.provider + ", clientId=" + this.clientId + ", redirectUri="
				+ this.redirectUri + ", scopes=" + this.scopes + ", pkce=" + (this.codeChallenge != null) + "]";
	}

}
