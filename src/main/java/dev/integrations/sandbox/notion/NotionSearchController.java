package dev.integrations.sandbox.notion;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.integrations.sandbox.ApiCalls;
import dev.integrations.sandbox.ConditionalOnSandbox;
import dev.integrations.sandbox.RateLimits;
import dev.integrations.sandbox.TokenBook.AccessCheck;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The sandbox Notion search (https://developers.notion.com/reference/post-search). It requires a
 * known {@code Notion-Version} and responds in that version's shape, pages through the shared
 * objects with {@code start_cursor}, {@code next_cursor} and {@code has_more}, and matches
 * {@code query} against titles only.
 * NOTE: the real search normally leaves out trashed pages; the stand-in includes a few so that
 * clients' own filters are exercised.
 */
@RestController
@ConditionalOnSandbox
class NotionSearchController {

	private static final String PROVIDER = "notion";

	private static final int MAX_BODY_BYTES = 64 * 1024;

	/**
	 * Notion allows an average of three requests per second per connection, with bursts
	 * (https://developers.notion.com/reference/request-limits).
	 * NOTE: the window of 180 requests per 60 seconds is a guess; Notion does not publish its budgets.
	 */
	private static final RateLimits.Limit LIMIT = new RateLimits.Limit(180, Duration.ofSeconds(60), Duration.ZERO);

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private final ApiCalls calls;

	private final NotionDataSet data;

	private final RateLimits rateLimits;

	private final JsonMapper json;

	NotionSearchController(ApiCalls calls, NotionDataSet data, RateLimits rateLimits, JsonMapper json) {
		this.calls = calls;
		this.data = data;
		this.rateLimits = rateLimits;
		this.json = json;
	}

	@PostMapping("/sandbox/notion/v1/search")
	ResponseEntity<ObjectNode> search(HttpServletRequest request) throws IOException {
		String body = new String(request.getInputStream().readNBytes(MAX_BODY_BYTES), StandardCharsets.UTF_8);
		ResponseEntity<ObjectNode> response;
		try {
			response = ResponseEntity.ok(searchPage(request, body));
		}
		catch (NotionApiException ex) {
			response = ResponseEntity.status(ex.getStatus()).headers(ex.getHeaders()).body(error(ex));
		}
		return this.calls.record(PROVIDER, request, body, response);
	}

	private ObjectNode searchPage(HttpServletRequest request, String body) {
		AccessCheck access = this.calls.authenticate(PROVIDER, request);
		if (!access.isLive()) {
			throw new NotionApiException(HttpStatus.UNAUTHORIZED, "unauthorized", "API token is invalid.");
		}
		RateLimits.Decision decision = this.rateLimits.count("notion/" + access.tokens().connectionId(), LIMIT);
		if (!decision.allowed()) {
			throw NotionApiException.rateLimited(decision.retryAfterSeconds());
		}
		NotionVersion version = version(request.getHeader("Notion-Version"));
		NotionSearchRequest search = NotionSearchRequest.parse(this.json, body, version);
		List<NotionObject> matches = matches(search, version);
		int start = startIndex(search.startCursor(), matches, version);
		int end = Math.min(start + search.pageSize(), matches.size());
		ObjectNode page = NODES.objectNode();
		page.put("object", "list");
		ArrayNode results = page.putArray("results");
		matches.subList(start, end).forEach((object) -> results.add(NotionObjects.render(object, version)));
		if (end < matches.size()) {
			page.put("next_cursor", NotionObjects.idOf(matches.get(end), version).toString());
		}
		else {
			page.putNull("next_cursor");
		}
		page.put("has_more", end < matches.size());
		page.put("type", version.searchResultType());
		page.putObject(version.searchResultType());
		page.put("request_id", UUID.randomUUID().toString());
		return page;
	}

	/**
	 * NOTE: Notion documents {@code missing_version} for a missing header; that an unknown version
	 * gets the same code is assumed.
	 */
	private static NotionVersion version(String header) {
		if (header == null || header.isBlank()) {
			throw new NotionApiException(HttpStatus.BAD_REQUEST, "missing_version", "Notion-Version header failed "
					+ "validation: Notion-Version header should be defined, instead was `undefined`.");
		}
		if (!NotionVersion.KNOWN.contains(header.strip())) {
			throw new NotionApiException(HttpStatus.BAD_REQUEST, "missing_version", "Notion-Version header failed "
					+ "validation: Notion-Version header should be one of " + NotionVersion.KNOWN + ", instead was `"
					+ header + "`.");
		}
		return new NotionVersion(header.strip());
	}

	private List<NotionObject> matches(NotionSearchRequest search, NotionVersion version) {
		String query = (search.query() != null) ? search.query().toLowerCase(Locale.ROOT) : "";
		List<NotionObject> matches = new ArrayList<>(this.data.objects().stream()
			.filter((object) -> search.objectType() == null
					|| NotionObjects.objectType(object, version).equals(search.objectType()))
			.filter((object) -> object.plainTitle().toLowerCase(Locale.ROOT).contains(query))
			.toList());
		if (search.ascending()) {
			matches = matches.reversed();
		}
		return matches;
	}

	private static int startIndex(String cursor, List<NotionObject> matches, NotionVersion version) {
		if (cursor == null) {
			return 0;
		}
		for (int i = 0; i < matches.size(); i++) {
			if (NotionObjects.idOf(matches.get(i), version).toString().equals(cursor)) {
				return i;
			}
		}
		throw NotionApiException.validation("body.start_cursor should be a valid cursor from a previous "
				+ "response with the same query, instead was `\"" + cursor + "\"`.");
	}

	private static ObjectNode error(NotionApiException ex) {
		ObjectNode body = NODES.objectNode();
		body.put("object", "error");
		body.put("status", ex.getStatus().value());
		body.put("code", ex.getCode());
		body.put("message", ex.getMessage());
		body.put("request_id", UUID.randomUUID().toString());
		return body;
	}

}
