package dev.integrations.connect;

import org.slf4j.Logger;

import org.springframework.stereotype.Service;

import dev.integrations.logging.FlowContext;
import dev.integrations.provider.Credentials;
import dev.integrations.provider.IntegrationRegistry;
import dev.integrations.provider.ProviderRegistration;

/**
 * Hands out the outcome of a user's latest connection exactly once: the credentials after a
 * successful callback, or an error that explains why the connection failed.
 */
@Service
public class CredentialsService {

	private final IntegrationRegistry registry;

	private final ConnectionOutcomes outcomes;

	CredentialsService(IntegrationRegistry registry, ConnectionOutcomes outcomes) {
		this.registry = registry;
		this.outcomes = outcomes;
	}

	/**
	 * Removes and returns the user's credentials.
	 * @throws CredentialsNotFoundException when nothing is waiting for this user
	 * @throws ConnectionFailedException when the user's latest connection attempt failed
	 */
	public Credentials take(String provider, String userId, String orgId) {
		ProviderRegistration registration = this.registry.require(provider).registration();
		Logger logger = FlowContext.logger(provider);
		ConnectionOutcome outcome = this.outcomes.take(provider, orgId, userId).orElseThrow(() -> {
			logger.info("No credentials waiting");
			return new CredentialsNotFoundException(registration.displayName(), userId, orgId,
					this.outcomes.ttl());
		});
		return switch (outcome.status()) {
			case CONNECTED -> handOut(outcome, logger);
			case DENIED -> throw failed(outcome, logger, ConnectionFailedException.Kind.DENIED);
			case EXCHANGE_FAILED -> throw failed(outcome, logger, ConnectionFailedException.Kind.EXCHANGE_FAILED);
		};
	}

	private static Credentials handOut(ConnectionOutcome outcome, Logger logger) {
		logger.info("Credentials handed out and removed from the store");
		return Credentials.of(outcome.credentials());
	}

	private static ConnectionFailedException failed(ConnectionOutcome outcome, Logger logger,
			ConnectionFailedException.Kind kind) {
		logger.info("Reporting the failed connection attempt: {}", outcome.error());
		return new ConnectionFailedException(kind, outcome.error(), outcome.detail(), outcome.providerStatus());
	}

}
