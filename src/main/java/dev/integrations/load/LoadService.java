package dev.integrations.load;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;

import org.springframework.stereotype.Service;

import dev.integrations.item.IntegrationItem;
import dev.integrations.item.ItemLists;
import dev.integrations.logging.FlowContext;
import dev.integrations.provider.Credentials;
import dev.integrations.provider.IntegrationRegistry;
import dev.integrations.provider.IntegrationRegistry.RegisteredIntegration;

/** Loads every item of a connected account as one list with ids unique within it. */
@Service
public class LoadService {

	private final IntegrationRegistry registry;

	private final Clock clock;

	LoadService(IntegrationRegistry registry, Clock clock) {
		this.registry = registry;
		this.clock = clock;
	}

	/**
	 * Returns all items the credentials can see.
	 * @throws AccessTokenExpiredException when the credentials say their access token has expired
	 * @throws dev.integrations.provider.ProviderException when the provider fails
	 */
	public List<IntegrationItem> load(String provider, Credentials credentials) {
		RegisteredIntegration integration = this.registry.require(provider);
		Logger logger = FlowContext.logger(provider);
		rejectExpired(integration, credentials);
		long start = System.nanoTime();
		logger.info("Loading items{}", integration.registration().sandbox() ? " from the SANDBOX stand-in" : "");
		List<IntegrationItem> items = ItemLists
			.finish(integration.integration().loadItems(integration.registration(), credentials));
		logger.info("Loaded {} items in {} ms", items.size(), (System.nanoTime() - start) / 1_000_000);
		return items;
	}

	private void rejectExpired(RegisteredIntegration integration, Credentials credentials) {
		Instant now = this.clock.instant();
		credentials.expiresAt().filter((expiresAt) -> !now.isBefore(expiresAt)).ifPresent((expiresAt) -> {
			FlowContext.logger(integration.registration().name()).info("Load rejected: the access token expired at {}",
					expiresAt);
			throw new AccessTokenExpiredException(integration.registration().name(),
					integration.registration().displayName(), expiresAt, credentials.refreshToken().isPresent());
		});
	}

}
