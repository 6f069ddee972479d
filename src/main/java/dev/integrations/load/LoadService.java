package dev.integrations.load;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
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

	private final MeterRegistry meters;

	LoadService(IntegrationRegistry registry, Clock clock, MeterRegistry meters) {
		this.registry = registry;
		this.clock = clock;
		this.meters = meters;
	}

	/**
	 * Returns all items the credentials can see.
	 * @throws AccessTokenExpiredException when the credentials' {@code expires_at} has passed
	 * @throws dev.integrations.provider.ProviderException when the provider fails
	 */
	public List<IntegrationItem> load(String provider, Credentials credentials) {
		RegisteredIntegration integration = this.registry.require(provider);
		Logger logger = FlowContext.logger(provider);
		rejectExpired(integration, credentials);
		logger.info("Loading items{}", integration.registration().sandbox() ? " from the SANDBOX stand-in" : "");
		Timer.Sample sample = Timer.start(this.meters);
		List<IntegrationItem> items;
		try {
			items = ItemLists.finish(integration.integration().loadItems(integration.registration(), credentials));
		}
		catch (RuntimeException ex) {
			stop(sample, provider, "error");
			throw ex;
		}
		long nanos = stop(sample, provider, "success");
		logger.info("Loaded {} items in {} ms", items.size(), nanos / 1_000_000);
		return items;
	}

	/** Records the load in the {@code integrations.load} timer and returns its duration in nanoseconds. */
	private long stop(Timer.Sample sample, String provider, String outcome) {
		return sample.stop(Timer.builder("integrations.load")
			.description("Time to load every item of a connected account")
			.tag("integration", provider)
			.tag("outcome", outcome)
			.register(this.meters));
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
