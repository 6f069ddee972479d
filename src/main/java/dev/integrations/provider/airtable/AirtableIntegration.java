package dev.integrations.provider.airtable;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;

import org.springframework.stereotype.Component;

import dev.integrations.item.IntegrationItem;
import dev.integrations.logging.FlowContext;
import dev.integrations.provider.Credentials;
import dev.integrations.provider.Integration;
import dev.integrations.provider.ParallelCalls;
import dev.integrations.provider.ProviderApi;
import dev.integrations.provider.ProviderDescriptor;
import dev.integrations.provider.ProviderDescriptor.ClientAuthentication;
import dev.integrations.provider.ProviderDescriptor.TokenRequestFormat;
import dev.integrations.provider.ProviderException;
import dev.integrations.provider.ProviderHttp;
import dev.integrations.provider.ProviderRegistration;
import dev.integrations.provider.airtable.ListBasesResponse.Base;

/**
 * Airtable: authorization code with PKCE (S256 only), HTTP Basic client authentication and a form
 * body at the token endpoint (https://airtable.com/developers/web/api/oauth-reference). Items are the
 * bases the token can see, from every page of the base list, and the tables of each base.
 */
@Component
class AirtableIntegration implements Integration {

	/**
	 * After a 429 Airtable refuses calls for 30 seconds and sends no {@code Retry-After}
	 * (https://airtable.com/developers/web/api/rate-limits).
	 */
	static final ProviderDescriptor DESCRIPTOR = new ProviderDescriptor("airtable", "Airtable",
			ClientAuthentication.CLIENT_SECRET_BASIC, TokenRequestFormat.FORM, true, Map.of(),
			Duration.ofSeconds(30));

	static final String LIST_BASES_PATH = "/v0/meta/bases";

	static final String BASE_SCHEMA_PATH = "/v0/meta/bases/{baseId}/tables";

	/**
	 * Schema calls in flight at once. Airtable limits each base to 5 requests per second and every
	 * schema call goes to a different base, so the per-base limit does not bind here
	 * (https://support.airtable.com/docs/managing-api-call-limits-in-airtable).
	 */
	// NOTE: the same page caps personal access tokens at 50 requests per second per user and does not
	// say whether OAuth tokens share that cap. Eight calls at once exceed it when calls take under 160 ms.
	static final int MAX_CONCURRENT_SCHEMA_CALLS = 8;

	private static final Logger logger = FlowContext.logger(DESCRIPTOR.name());

	private final AirtableProperties properties;

	private final ProviderHttp http;

	AirtableIntegration(AirtableProperties properties, ProviderHttp http) {
		this.properties = properties;
		this.http = http;
	}

	@Override
	public ProviderDescriptor descriptor() {
		return DESCRIPTOR;
	}

	@Override
	public AirtableProperties properties() {
		return this.properties;
	}

	@Override
	public List<IntegrationItem> loadItems(ProviderRegistration registration, Credentials credentials) {
		ProviderApi api = this.http.api(registration, credentials.accessToken());
		List<Base> bases = listBases(api);
		List<BaseSchemaResponse> schemas = ParallelCalls.map(bases, MAX_CONCURRENT_SCHEMA_CALLS,
				(base) -> fetchSchema(api, base));
		logFound(bases, schemas);
		return toItems(bases, schemas);
	}

	/**
	 * Returns the bases of every page, each once, because a base that moves between pages while they
	 * are read appears on two of them.
	 */
	private static List<Base> listBases(ProviderApi api) {
		Map<String, Base> basesById = new LinkedHashMap<>();
		Set<String> offsetsSeen = new HashSet<>();
		String offset = null;
		do {
			ListBasesResponse page = api.get(ListBasesResponse.class, LIST_BASES_PATH, offsetQuery(offset));
			page.bases().forEach((base) -> basesById.putIfAbsent(base.id(), base));
			offset = page.offset();
			rejectRepeatedOffset(offset, offsetsSeen);
		}
		while (offset != null);
		return List.copyOf(basesById.values());
	}

	private static Map<String, String> offsetQuery(String offset) {
		return (offset != null) ? Map.of("offset", offset) : Map.of();
	}

	/** Rejects an offset that an earlier page already returned, because following it would never end. */
	private static void rejectRepeatedOffset(String offset, Set<String> offsetsSeen) {
		if (offset != null && !offsetsSeen.add(offset)) {
			String message = DESCRIPTOR.displayName()
					+ " returned a list-bases offset it had already returned, so paging would never end; try again later";
			throw new ProviderException(DESCRIPTOR.displayName(), ProviderException.Reason.INVALID_RESPONSE, 200,
					null, message, null);
		}
	}

	private static BaseSchemaResponse fetchSchema(ProviderApi api, Base base) {
		return api.get(BaseSchemaResponse.class, BASE_SCHEMA_PATH, Map.of("baseId", base.id()));
	}

	private static void logFound(List<Base> bases, List<BaseSchemaResponse> schemas) {
		int tables = schemas.stream().mapToInt((schema) -> schema.tables().size()).sum();
		logger.info("Found {} bases and {} tables", bases.size(), tables);
	}

	private static List<IntegrationItem> toItems(List<Base> bases, List<BaseSchemaResponse> schemas) {
		List<IntegrationItem> items = new ArrayList<>();
		for (int index = 0; index < bases.size(); index++) {
			items.addAll(AirtableItemMapper.toItems(bases.get(index), schemas.get(index)));
		}
		return items;
	}

}
