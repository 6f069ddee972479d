package dev.integrations.sandbox;

import java.time.Instant;
import java.util.List;

/**
 * An access token with its refresh token, as one stand-in issued them.
 *
 * @param provider the stand-in's provider name
 * @param connectionId a random id shared by every token of one authorization, refreshes included
 * @param clientId the client the tokens belong to
 * @param scopes the granted scopes
 * @param accessToken the access token, hidden by {@link #toString()}
 * @param refreshToken the refresh token, hidden by {@link #toString()}
 * @param accessTokenExpiresAt when the access token expires, or {@code null} when it does not
 * @param refreshed whether a refresh produced these tokens
 */
public record IssuedTokens(String provider, String connectionId, String clientId, List<String> scopes,
		String accessToken, String refreshToken, Instant accessTokenExpiresAt, boolean refreshed) {

	public IssuedTokens {
		scopes = List.copyOf(scopes);
	}

	@Override
	public String toString() {
		return "IssuedTokens[provider=" + this.provider + ", connectionId=" + this.connectionId + ", clientId="
				+ this.clientId + ", scopes=" + this.scopes + ", accessToken=<hidden>, refreshToken=<hidden>, "
				+ "accessTokenExpiresAt=" + this.accessTokenExpiresAt + ", refreshed=" + this.refreshed + "]";
	}

}
