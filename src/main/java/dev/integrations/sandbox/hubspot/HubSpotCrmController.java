package dev.integrations.sandbox.hubspot;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import dev.integrations.sandbox.ApiCalls;
import dev.integrations.sandbox.ConditionalOnSandbox;
import dev.integrations.sandbox.RateLimits;
import dev.integrations.sandbox.TokenBook.AccessCheck;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The sandbox HubSpot CRM list endpoints (https://developers.hubspot.com/docs/api/crm/contacts):
 * records in pages of {@code limit} with {@code paging.next.after}, no {@code paging} on the last
 * page, property values as strings or {@code null}, and {@code archived=true} for archived records
 * only. Object type ids ({@code 0-1}, {@code 0-2}, {@code 0-3}) work in place of the names.
 */
@RestController
@ConditionalOnSandbox
class HubSpotCrmController {

	private static final String PROVIDER = "hubspot";

	/**
	 * HubSpot allows OAuth apps 110 requests per 10 seconds.
	 * NOTE: HubSpot counts per installing account. The stand-in counts per connection, so that tests
	 * running side by side do not share one budget.
	 */
	private static final RateLimits.Limit LIMIT = new RateLimits.Limit(110, Duration.ofSeconds(10), Duration.ZERO);

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private final ApiCalls calls;

	private final HubSpotDataSet data;

	private final RateLimits rateLimits;

	private final Clock clock;

	HubSpotCrmController(ApiCalls calls, HubSpotDataSet data, RateLimits rateLimits, Clock clock) {
		this.calls = calls;
		this.data = data;
		this.rateLimits = rateLimits;
		this.clock = clock;
	}

	@GetMapping("/sandbox/hubspot/crm/v3/objects/{objectType}")
	ResponseEntity<ObjectNode> list(@PathVariable String objectType, HttpServletRequest request) {
		HttpHeaders headers = new HttpHeaders();
		ResponseEntity<ObjectNode> response;
		try {
			ObjectNode page = page(objectType, request, headers);
			response = ResponseEntity.ok().headers(headers).body(page);
		}
		catch (HubSpotApiException ex) {
			response = ResponseEntity.status(ex.getStatus()).headers(headers).body(error(ex));
		}
		return this.calls.record(PROVIDER, request, null, response);
	}

	private ObjectNode page(String objectType, HttpServletRequest request, HttpHeaders headers) {
		AccessCheck access = this.calls.authenticate(PROVIDER, request);
		requireLiveToken(access, objectType, this.clock.instant());
		countRequest(access.tokens().connectionId(), headers);
		CrmObjectType type = CrmObjectType.find(objectType).orElseThrow(() -> HubSpotApiException
			.validation("Unable to infer object type from: " + objectType));
		CrmListRequest list = CrmListRequest.parse(type, request);
		List<CrmRecord> records = this.data.records(type, list.archived());
		int start = startIndex(records, list.after());
		int end = Math.min(start + list.limit(), records.size());
		ObjectNode page = NODES.objectNode();
		ArrayNode results = page.putArray("results");
		records.subList(start, end).forEach((record) -> results.add(CrmPages.render(record, list.properties())));
		if (end < records.size()) {
			String after = HubSpotDataSet.cursorFor(records.get(end));
			ObjectNode next = page.putObject("paging").putObject("next");
			next.put("after", after);
			next.put("link", CrmPages.nextLink(request, after));
		}
		return page;
	}

	private static void requireLiveToken(AccessCheck access, String objectType, Instant now) {
		if (access.expiredAt() != null) {
			long seconds = Duration.between(access.expiredAt(), now).toSeconds();
			ObjectNode details = NODES.objectNode();
			details.putObject("context").putArray("expire time").add(access.expiredAt().toString());
			throw new HubSpotApiException(HttpStatus.UNAUTHORIZED, "EXPIRED_AUTHENTICATION", "The OAuth token used "
					+ "to make this call expired " + Math.max(seconds, 0) + " second(s) ago.", details);
		}
		if (!access.isLive()) {
			throw new HubSpotApiException(HttpStatus.UNAUTHORIZED, "INVALID_AUTHENTICATION", "Authentication "
					+ "credentials not found. This API supports OAuth 2.0 authentication and you can find more "
					+ "details at https://developers.hubspot.com/docs/methods/auth/oauth-overview", null);
		}
		CrmObjectType.find(objectType).map(CrmObjectType::readScope)
			.filter((scope) -> !access.tokens().scopes().contains(scope))
			.ifPresent(HubSpotCrmController::missingScope);
	}

	/** Counts the request against the connection's limit and adds HubSpot's rate limit headers. */
	private void countRequest(String connectionId, HttpHeaders headers) {
		RateLimits.Decision decision = this.rateLimits.count("hubspot/" + connectionId, LIMIT);
		headers.set("X-HubSpot-RateLimit-Max", Integer.toString(LIMIT.requests()));
		headers.set("X-HubSpot-RateLimit-Remaining", Integer.toString(decision.remaining()));
		headers.set("X-HubSpot-RateLimit-Interval-Milliseconds", Long.toString(LIMIT.window().toMillis()));
		if (!decision.allowed()) {
			ObjectNode details = NODES.objectNode();
			details.put("errorType", "RATE_LIMIT");
			details.put("policyName", "TEN_SECONDLY_ROLLING");
			details.put("requestId", UUID.randomUUID().toString());
			throw new HubSpotApiException(HttpStatus.TOO_MANY_REQUESTS, null,
					"You have reached your ten_secondly_rolling limit.", details);
		}
	}

	private static void missingScope(String scope) {
		ObjectNode details = NODES.objectNode();
		ObjectNode error = details.putArray("errors").addObject();
		error.put("message", "One or more of the following scopes are required.");
		error.putObject("context").putArray("requiredGranularScopes").add(scope);
		throw new HubSpotApiException(HttpStatus.FORBIDDEN, "MISSING_SCOPES",
				"This app hasn't been granted all required scopes to make this call.", details);
	}

	private static int startIndex(List<CrmRecord> records, String after) {
		if (after == null) {
			return 0;
		}
		long id;
		try {
			id = HubSpotDataSet.idOf(after);
		}
		catch (IllegalArgumentException ex) {
			throw HubSpotApiException.validation("after must be a paging.next.after value from an earlier "
					+ "response, but was '" + after + "'.");
		}
		for (int i = 0; i < records.size(); i++) {
			if (records.get(i).id() >= id) {
				return i;
			}
		}
		return records.size();
	}

	private static ObjectNode error(HubSpotApiException ex) {
		ObjectNode body = NODES.objectNode();
		body.put("status", "error");
		body.put("message", ex.getMessage());
		body.put("correlationId", UUID.randomUUID().toString());
		if (ex.getCategory() != null) {
			body.put("category", ex.getCategory());
		}
		if (ex.getDetails() != null) {
			body.setAll(ex.getDetails());
		}
		return body;
	}

}
