package dev.integrations.connect;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import org.slf4j.Logger;

import org.springframework.stereotype.Service;

import dev.integrations.connect.CallbackResult.Outcome;
import dev.integrations.logging.FlowContext;
import dev.integrations.provider.IntegrationRegistry;
import dev.integrations.provider.ProviderRegistration;
import dev.integrations.store.KeyValueStore;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Finishes a connection when the provider redirects back. The state is taken from the store in one
 * atomic step, so a replayed, forged or expired state is rejected before the provider is called,
 * and a state issued for another provider is rejected too. When the token endpoint cannot be reached
 * the state is put back, so that reloading the popup can retry the exchange.
 */
@Service
public class CallbackService {

	private final IntegrationRegistry registry;

	private final KeyValueStore store;

	private final TokenClient tokens;

	private final ConnectionOutcomes outcomes;

	private final JsonMapper json;

	private final Clock clock;

	CallbackService(IntegrationRegistry registry, KeyValueStore store, TokenClient tokens,
			ConnectionOutcomes outcomes, JsonMapper json, Clock clock) {
		this.registry = registry;
		this.store = store;
		this.tokens = tokens;
		this.outcomes = outcomes;
		this.json = json;
		this.clock = clock;
	}

	/** Handles the redirect and returns what the popup should show. */
	public CallbackResult handle(String provider, CallbackParameters parameters) {
		ProviderRegistration registration = this.registry.require(provider).registration();
		Logger logger = FlowContext.logger(provider);
		if (isBlank(parameters.state())) {
			logger.warn("Callback rejected: no state parameter");
			return invalid(registration, "The sign-in response has no state. Close this window and connect again.");
		}
		PendingAuthorization pending = takePending(parameters.state()).orElse(null);
		if (pending == null) {
			logger.warn("Callback rejected: the state is unknown, expired or already used");
			return invalid(registration, "This sign-in link is unknown, expired or was already used. "
					+ "Close this window and connect again.");
		}
		FlowContext.identify(pending.userId(), pending.orgId());
		if (!pending.provider().equals(provider)) {
			logger.warn("Callback rejected: the state was issued for the integration '{}'", pending.provider());
			return invalid(registration, "This sign-in response belongs to another integration. "
					+ "Close this window and connect again.");
		}
		if (!isBlank(parameters.error())) {
			return denied(registration, pending, parameters, logger);
		}
		if (isBlank(parameters.code())) {
			logger.warn("Callback rejected: no code and no error parameter");
			this.outcomes.save(pending, ConnectionOutcome.exchangeFailed("invalid_request",
					registration.displayName() + " sent no authorization code", null));
			return invalid(registration, registration.displayName()
					+ " sent no authorization code. Close this window and connect again.");
		}
		return exchange(registration, parameters.state(), pending, parameters.code(), logger);
	}

	private CallbackResult denied(ProviderRegistration registration, PendingAuthorization pending,
			CallbackParameters parameters, Logger logger) {
		String error = CallbackText.errorCode(parameters.error());
		String description = CallbackText.description(parameters.errorDescription());
		logger.info("Authorization not granted: {}", error);
		String detail = registration.displayName() + " did not grant access (" + error + ")"
				+ ((description != null) ? ": " + description : "");
		this.outcomes.save(pending, ConnectionOutcome.denied(error, detail));
		return new CallbackResult(Outcome.DENIED, registration.displayName(),
				detail + ". Close this window and connect again to retry.");
	}

	private CallbackResult exchange(ProviderRegistration registration, String state, PendingAuthorization pending,
			String code, Logger logger) {
		logger.info("Exchanging the authorization code at {}", registration.tokenUri().getRawPath());
		try {
			ObjectNode credentials = this.tokens.exchangeCode(registration, code, pending.redirectUri(),
					pending.codeVerifier());
			this.outcomes.save(pending, ConnectionOutcome.connected(credentials));
			logger.info("Connected; credentials wait for /credentials for {} s", this.outcomes.ttl().toSeconds());
			return new CallbackResult(Outcome.CONNECTED, registration.displayName(),
					registration.displayName() + " is connected. This window closes in a moment.");
		}
		catch (TokenExchangeException ex) {
			return exchangeFailed(registration, state, pending, ex, logger);
		}
	}

	private CallbackResult exchangeFailed(ProviderRegistration registration, String state,
			PendingAuthorization pending, TokenExchangeException failure, Logger logger) {
		if (failure.isTransient() && restorePending(state, pending)) {
			logger.warn("Code exchange failed, the state is kept for a retry: {}", failure.getMessage());
			return new CallbackResult(Outcome.FAILED, registration.displayName(),
					failure.getMessage() + ". Try again in this window, or close it and connect again.", true);
		}
		logger.warn("Code exchange failed: {}", failure.getMessage());
		this.outcomes.save(pending,
				ConnectionOutcome.exchangeFailed(failure.getError(), failure.getMessage(), failure.getStatus()));
		return new CallbackResult(Outcome.FAILED, registration.displayName(),
				failure.getMessage() + ". Close this window and connect again.");
	}

	private Optional<PendingAuthorization> takePending(String state) {
		return this.store.getAndDelete(StoreKeys.state(state)).flatMap(this::readPending);
	}

	private Optional<PendingAuthorization> readPending(String stored) {
		try {
			return Optional.of(this.json.readValue(stored, PendingAuthorization.class));
		}
		catch (JacksonException ex) {
			return Optional.empty();
		}
	}

	private boolean restorePending(String state, PendingAuthorization pending) {
		Duration remaining = Duration.between(this.clock.instant(), pending.expiresAt());
		if (!remaining.isPositive()) {
			return false;
		}
		return this.store.putIfAbsent(StoreKeys.state(state), this.json.writeValueAsString(pending), remaining);
	}

	private static CallbackResult invalid(ProviderRegistration registration, String message) {
		return new CallbackResult(Outcome.INVALID, registration.displayName(), message);
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

}
