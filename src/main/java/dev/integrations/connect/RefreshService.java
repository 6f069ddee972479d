package dev.integrations.connect;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.slf4j.Logger;

import org.springframework.stereotype.Service;

import dev.integrations.logging.FlowContext;
import dev.integrations.provider.Credentials;
import dev.integrations.provider.IntegrationRegistry;
import dev.integrations.provider.ProviderRegistration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Trades the refresh token in a set of credentials for fresh ones. Concurrent refreshes of the same
 * refresh token in this instance share one provider call, because providers that rotate refresh
 * tokens (Airtable, Notion) reject the second use of the old one.
 */
@Service
public class RefreshService {

	private final IntegrationRegistry registry;

	private final TokenClient tokens;

	private final ConcurrentMap<String, CompletableFuture<Credentials>> inFlight = new ConcurrentHashMap<>();

	RefreshService(IntegrationRegistry registry, TokenClient tokens) {
		this.registry = registry;
		this.tokens = tokens;
	}

	/**
	 * Returns fresh credentials. When the provider returns no new refresh token the old one is kept.
	 * @throws MissingRefreshTokenException when the credentials hold no refresh token
	 * @throws TokenExchangeException when the provider rejects the refresh
	 */
	public Credentials refresh(String provider, Credentials credentials) {
		ProviderRegistration registration = this.registry.require(provider).registration();
		if (!registration.isConfigured()) {
			throw new ProviderNotConfiguredException(registration.name(), registration.displayName());
		}
		String refreshToken = credentials.refreshToken()
			.orElseThrow(() -> new MissingRefreshTokenException(registration.displayName()));
		// NOTE: sharing is per instance; two instances refreshing the same token at once can still race.
		String key = provider + ":" + sha256(refreshToken);
		CompletableFuture<Credentials> mine = new CompletableFuture<>();
		CompletableFuture<Credentials> running = this.inFlight.putIfAbsent(key, mine);
		if (running != null) {
			FlowContext.logger(provider).info("Joining a refresh of the same token that is already running");
			return await(running);
		}
		try {
			Credentials fresh = callProvider(registration, refreshToken);
			mine.complete(fresh);
			return fresh;
		}
		catch (RuntimeException ex) {
			mine.completeExceptionally(ex);
			throw ex;
		}
		finally {
			this.inFlight.remove(key, mine);
		}
	}

	private Credentials callProvider(ProviderRegistration registration, String refreshToken) {
		Logger logger = FlowContext.logger(registration.name());
		logger.info("Refreshing the access token at {}", registration.tokenUri().getRawPath());
		ObjectNode fresh = this.tokens.refresh(registration, refreshToken);
		JsonNode newRefreshToken = fresh.get(Credentials.REFRESH_TOKEN);
		if (newRefreshToken == null || !newRefreshToken.isString() || newRefreshToken.stringValue().isBlank()) {
			fresh.put(Credentials.REFRESH_TOKEN, refreshToken);
		}
		logger.info("Access token refreshed");
		return Credentials.of(fresh);
	}

	private static Credentials await(CompletableFuture<Credentials> running) {
		try {
			return running.join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			throw ex;
		}
	}

	private static String sha256(String value) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime provides SHA-256", ex);
		}
	}

}
