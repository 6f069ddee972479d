package dev.integrations.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import dev.integrations.sandbox.TokenRequestException.Subject;

/**
 * The access and refresh tokens the stand-ins issued. Expiry is read from the application's
 * {@link Clock}, so tests can move time forward. Expired access tokens are kept for an hour, so
 * that a stand-in can tell "expired" from "unknown" as HubSpot does.
 */
@Component
@ConditionalOnSandbox
public class TokenBook {

	private static final int REFRESH_TOKEN_BYTES = 32;

	private static final int CONNECTION_ID_BYTES = 12;

	private static final Duration EXPIRED_KEPT = Duration.ofHours(1);

	private final Map<String, IssuedTokens> byAccessToken = new ConcurrentHashMap<>();

	private final Map<String, RefreshGrant> byRefreshToken = new ConcurrentHashMap<>();

	private final Map<String, Instant> replacedRefreshTokens = new ConcurrentHashMap<>();

	private final Clock clock;

	TokenBook(Clock clock) {
		this.clock = clock;
	}

	/** Issues a new access and refresh token pair. */
	public IssuedTokens issue(TokenPolicy policy, String provider, String clientId, List<String> scopes) {
		removeStale();
		String refreshToken = RandomTokens.next("sbx-" + provider + "-rt-", REFRESH_TOKEN_BYTES);
		RefreshGrant grant = new RefreshGrant(provider, RandomTokens.next("", CONNECTION_ID_BYTES), clientId, scopes,
				refreshExpiry(policy));
		return issueAccessToken(policy, grant, refreshToken, false);
	}

	/**
	 * Trades a refresh token for a new access token, and for a new refresh token when the policy
	 * rotates them. A rotation ends the old access and refresh token at once.
	 * @param scopes the scopes to narrow the grant to (RFC 6749, section 6), or {@code null} to keep them
	 * @throws TokenRequestException when the token is unknown, replaced, expired or another client's, or
	 * when a scope was not granted
	 */
	public IssuedTokens refresh(TokenPolicy policy, String provider, String clientId, String refreshToken,
			List<String> scopes) {
		RefreshGrant grant = this.byRefreshToken.get(refreshToken);
		Instant now = this.clock.instant();
		if (grant == null || !grant.provider().equals(provider)) {
			throw unknownRefreshToken(policy, refreshToken, now);
		}
		if (grant.expiresAt() != null && !grant.expiresAt().isAfter(now)) {
			this.byRefreshToken.remove(refreshToken);
			throw new TokenRequestException("invalid_grant", Subject.REFRESH_TOKEN, "The refresh token expired.");
		}
		if (!grant.clientId().equals(clientId)) {
			throw new TokenRequestException("invalid_grant", Subject.REFRESH_TOKEN,
					"The refresh token was issued to another client.");
		}
		if (scopes != null && !grant.scopes().containsAll(scopes)) {
			throw new TokenRequestException("invalid_scope", Subject.SCOPE,
					"The scope parameter names scopes that were not granted.");
		}
		List<String> grantedScopes = (scopes != null) ? scopes : grant.scopes();
		if (!policy.rotatesRefreshToken()) {
			return issueAccessToken(policy, grant.renewed(grantedScopes, grant.expiresAt()), refreshToken, true);
		}
		if (!this.byRefreshToken.remove(refreshToken, grant)) {
			throw unknownRefreshToken(policy, refreshToken, now);
		}
		this.replacedRefreshTokens.put(refreshToken, now);
		this.byAccessToken.values().removeIf((tokens) -> tokens.refreshToken().equals(refreshToken));
		String replacement = RandomTokens.next("sbx-" + provider + "-rt-", REFRESH_TOKEN_BYTES);
		return issueAccessToken(policy, grant.renewed(grantedScopes, refreshExpiry(policy)), replacement, true);
	}

	/** Returns whether the access token is a live token of the given stand-in. */
	public AccessCheck check(String provider, String accessToken) {
		IssuedTokens tokens = (accessToken != null) ? this.byAccessToken.get(accessToken) : null;
		if (tokens == null || !tokens.provider().equals(provider)) {
			return new AccessCheck(null, null);
		}
		Instant expiresAt = tokens.accessTokenExpiresAt();
		if (expiresAt != null && !expiresAt.isAfter(this.clock.instant())) {
			return new AccessCheck(null, expiresAt);
		}
		return new AccessCheck(tokens, null);
	}

	private IssuedTokens issueAccessToken(TokenPolicy policy, RefreshGrant grant, String refreshToken,
			boolean refreshed) {
		String accessToken = RandomTokens.next(policy.accessTokenPrefix(), policy.accessTokenBytes());
		Instant expiresAt = (policy.accessTokenLifetime() != null)
				? this.clock.instant().plus(policy.accessTokenLifetime()) : null;
		IssuedTokens tokens = new IssuedTokens(grant.provider(), grant.connectionId(), grant.clientId(),
				grant.scopes(), accessToken, refreshToken, expiresAt, refreshed);
		this.byRefreshToken.put(refreshToken, grant);
		this.byAccessToken.put(accessToken, tokens);
		return tokens;
	}

	private TokenRequestException unknownRefreshToken(TokenPolicy policy, String refreshToken, Instant now) {
		Instant replacedAt = this.replacedRefreshTokens.get(refreshToken);
		if (replacedAt != null && now.isBefore(replacedAt.plus(policy.refreshConflictWindow()))) {
			return new TokenRequestException("conflict", Subject.REFRESH_CONFLICT,
					"The refresh token was used for a refresh moments ago; use the tokens that refresh returned.");
		}
		return new TokenRequestException("invalid_grant", Subject.REFRESH_TOKEN,
				"The refresh token is invalid, expired or was already used.");
	}

	private Instant refreshExpiry(TokenPolicy policy) {
		return (policy.refreshTokenLifetime() != null) ? this.clock.instant().plus(policy.refreshTokenLifetime())
				: null;
	}

	private void removeStale() {
		Instant now = this.clock.instant();
		Instant cutoff = now.minus(EXPIRED_KEPT);
		this.byAccessToken.values().removeIf((tokens) -> tokens.accessTokenExpiresAt() != null
				&& tokens.accessTokenExpiresAt().isBefore(cutoff));
		this.byRefreshToken.values().removeIf((grant) -> grant.expiresAt() != null && grant.expiresAt().isBefore(now));
		this.replacedRefreshTokens.values().removeIf((replacedAt) -> replacedAt.isBefore(cutoff));
	}

	/**
	 * The result of checking an access token: the live tokens, or the expiry of an expired one, or
	 * neither when the token is unknown.
	 *
	 * @param tokens the tokens when the access token is live, else {@code null}
	 * @param expiredAt when the access token expired, or {@code null} when it is live or unknown
	 */
	public record AccessCheck(IssuedTokens tokens, Instant expiredAt) {

		public boolean isLive() {
			return this.tokens != null;
		}

	}

	private record RefreshGrant(String provider, String connectionId, String clientId, List<String> scopes,
			Instant expiresAt) {

		RefreshGrant renewed(List<String> newScopes, Instant newExpiry) {
			return new RefreshGrant(this.provider, this.connectionId, this.clientId, List.copyOf(newScopes), newExpiry);
		}

	}

}
