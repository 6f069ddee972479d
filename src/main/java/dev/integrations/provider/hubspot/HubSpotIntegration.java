package dev.integrations.provider.hubspot;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;

import org.springframework.stereotype.Component;

import dev.integrations.item.IntegrationItem;
import dev.integrations.logging.FlowContext;
import dev.integrations.provider.Credentials;
import dev.integrations.provider.Integration;
import dev.integrations.provider.ParallelCalls;
import dev.integrations.provider.ProviderDescriptor;
import dev.integrations.provider.ProviderDescriptor.ClientAuthentication;
import dev.integrations.provider.ProviderDescriptor.TokenRequestFormat;
import dev.integrations.provider.ProviderHttp;
import dev.integrations.provider.ProviderRegistration;

/**
 * HubSpot: client id and secret in the form body at the token endpoint
 * (https://developers.hubspot.com/docs/api/oauth/tokens). Items are the account's contacts,
 * companies and deals, in that order.
 */
@Component
class HubSpotIntegration implements Integration {

	/**
	 * HubSpot counts its burst limit over a rolling 10 seconds and sends no {@code Retry-After} with
	 * a 429, so a retry waits for the window to pass.
	 */
	static final ProviderDescriptor DESCRIPTOR = new ProviderDescriptor("hubspot", "HubSpot",
			ClientAuthentication.CLIENT_SECRET_POST, TokenRequestFormat.FORM, false, Map.of(),
			Duration.ofSeconds(10));

	/** Member of the v3 token response that names the connected account. */
	static final String HUB_ID = "hub_id";

	/** Lists all three object types at once, with one call in flight per type. */
	private static final int MAX_CONCURRENT_LISTINGS = 3;

	/**
	 * Calls one load may start per {@link #CALL_WINDOW}. HubSpot allows OAuth apps 110 calls per
	 * 10 seconds per account, so 10 remain for other callers of the same account.
	 */
	private static final int MAX_CALLS_PER_WINDOW = 100;

	private static final Duration CALL_WINDOW = Duration.ofSeconds(10);

	private static final Logger logger = FlowContext.logger(DESCRIPTOR.name());

	private final HubSpotProperties properties;

	private final ProviderHttp http;

	HubSpotIntegration(HubSpotProperties properties, ProviderHttp http) {
		this.properties = properties;
		this.http = http;
	}

	@Override
	public ProviderDescriptor descriptor() {
		return DESCRIPTOR;
	}

	@Override
	public HubSpotProperties properties() {
		return this.properties;
	}

	@Override
	public List<IntegrationItem> loadItems(ProviderRegistration registration, Credentials credentials) {
		// NOTE: the pace is kept per load, so two loads of one account at the same time can still
		// exceed HubSpot's limit, and the retries inside ProviderApi are not counted.
		HubSpotCallPacer pacer = new HubSpotCallPacer(MAX_CALLS_PER_WINDOW, CALL_WINDOW);
		HubSpotCrmClient client = new HubSpotCrmClient(this.http.api(registration, credentials.accessToken()), pacer,
				registration.displayName());
		HubSpotItemMapper mapper = new HubSpotItemMapper(credentials.text(HUB_ID).orElse(null));
		List<List<IntegrationItem>> itemsByType = ParallelCalls.map(List.of(HubSpotObjectType.values()),
				MAX_CONCURRENT_LISTINGS, (type) -> loadType(client, mapper, type));
		return itemsByType.stream().flatMap(List::stream).toList();
	}

	private static List<IntegrationItem> loadType(HubSpotCrmClient client, HubSpotItemMapper mapper,
			HubSpotObjectType type) {
		List<HubSpotObject> objects = client.listObjects(type);
		List<IntegrationItem> items = mapper.toItems(type, objects);
		logger.info("Loaded {} {}", items.size(), type.pathSegment());
		int leftOut = objects.size() - items.size();
		if (leftOut > 0) {
			logger.info("Left out {} that were archived or had no id: {}", type.pathSegment(), leftOut);
		}
		return items;
	}

}
