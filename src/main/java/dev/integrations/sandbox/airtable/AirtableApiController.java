package dev.integrations.sandbox.airtable;

import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.integrations.sandbox.ApiCalls;
import dev.integrations.sandbox.ConditionalOnSandbox;
import dev.integrations.sandbox.RateLimits;
import dev.integrations.sandbox.TokenBook.AccessCheck;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The sandbox Airtable metadata API: list bases with {@code offset} paging
 * (https://airtable.com/developers/web/api/list-bases) and a base's table schema
 * (https://airtable.com/developers/web/api/get-base-schema). Both need {@code schema.bases:read}.
 */
@RestController
@ConditionalOnSandbox
@RequestMapping("/sandbox/airtable/v0/meta")
class AirtableApiController {

	private static final String PROVIDER = "airtable";

	private static final String SCHEMA_SCOPE = "schema.bases:read";

	/**
	 * Airtable allows 5 requests per second per base and then refuses every request for 30 seconds
	 * (https://airtable.com/developers/web/api/rate-limits).
	 * NOTE: Airtable counts per base across all clients. The stand-in counts per base and connection,
	 * so that tests running side by side do not share one budget.
	 */
	private static final RateLimits.Limit BASE_LIMIT = new RateLimits.Limit(5, Duration.ofSeconds(1),
			Duration.ofSeconds(30));

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private final ApiCalls calls;

	private final AirtableDataSet data;

	private final RateLimits rateLimits;

	AirtableApiController(ApiCalls calls, AirtableDataSet data, RateLimits rateLimits) {
		this.calls = calls;
		this.data = data;
		this.rateLimits = rateLimits;
	}

	@GetMapping("/bases")
	ResponseEntity<ObjectNode> bases(HttpServletRequest request) {
		return this.calls.record(PROVIDER, request, null, listBases(request));
	}

	@GetMapping("/bases/{baseId}/tables")
	ResponseEntity<ObjectNode> tables(@PathVariable String baseId, HttpServletRequest request) {
		return this.calls.record(PROVIDER, request, null, baseSchema(baseId, request));
	}

	@GetMapping("/whoami")
	ResponseEntity<ObjectNode> whoami(HttpServletRequest request) {
		AccessCheck access = this.calls.authenticate(PROVIDER, request);
		ResponseEntity<ObjectNode> response = access.isLive() ? ResponseEntity.ok(user(access)) : unauthorized();
		return this.calls.record(PROVIDER, request, null, response);
	}

	private ResponseEntity<ObjectNode> listBases(HttpServletRequest request) {
		ResponseEntity<ObjectNode> denied = deniedAccess(this.calls.authenticate(PROVIDER, request));
		if (denied != null) {
			return denied;
		}
		String[] offsets = request.getParameterValues("offset");
		if (offsets != null && offsets.length > 1) {
			return error(HttpStatus.UNPROCESSABLE_CONTENT, "INVALID_REQUEST_UNKNOWN", "The offset is repeated.");
		}
		AirtableDataSet.Page page;
		try {
			page = this.data.page((offsets != null) ? offsets[0] : null);
		}
		catch (IllegalArgumentException ex) {
			// NOTE: the error type for an offset that was never issued is assumed, not documented.
			return error(HttpStatus.UNPROCESSABLE_CONTENT, "INVALID_OFFSET_VALUE", "The offset is invalid.");
		}
		ObjectNode body = NODES.objectNode();
		ArrayNode bases = body.putArray("bases");
		for (AirtableDataSet.Base base : page.bases()) {
			ObjectNode rendered = bases.addObject();
			rendered.put("id", base.id());
			rendered.put("name", base.name());
			rendered.put("permissionLevel", base.permissionLevel());
		}
		if (page.offset() != null) {
			body.put("offset", page.offset());
		}
		return ResponseEntity.ok(body);
	}

	/**
	 * Rejects a well-formed but unknown base id with 403, as Airtable does for "not found or no
	 * permission", and a malformed one with the bare 404 body Airtable also sends.
	 */
	private ResponseEntity<ObjectNode> baseSchema(String baseId, HttpServletRequest request) {
		AccessCheck access = this.calls.authenticate(PROVIDER, request);
		ResponseEntity<ObjectNode> denied = deniedAccess(access);
		if (denied != null) {
			return denied;
		}
		String key = "airtable/" + access.tokens().connectionId() + "/" + baseId;
		if (!this.rateLimits.count(key, BASE_LIMIT).allowed()) {
			return rateLimited();
		}
		if (!baseId.matches("app[A-Za-z0-9]{14}")) {
			ObjectNode body = NODES.objectNode();
			body.put("error", "NOT_FOUND");
			return ResponseEntity.status(HttpStatus.NOT_FOUND).body(body);
		}
		return this.data.base(baseId).map((base) -> {
			boolean visibleFieldIds = "visibleFieldIds".equals(request.getParameter("include"));
			ObjectNode body = NODES.objectNode();
			body.set("tables", AirtableTables.render(base.id(), base.tables(), visibleFieldIds));
			return ResponseEntity.ok(body);
		}).orElseGet(AirtableApiController::notPermitted);
	}

	/** Returns the 401 or 403 response when the token is not live or lacks the schema scope, else {@code null}. */
	private static ResponseEntity<ObjectNode> deniedAccess(AccessCheck access) {
		if (!access.isLive()) {
			return unauthorized();
		}
		return access.tokens().scopes().contains(SCHEMA_SCOPE) ? null : notPermitted();
	}

	private static ObjectNode user(AccessCheck access) {
		ObjectNode user = NODES.objectNode();
		user.put("id", "usrSandboxUser001");
		if (access.tokens().scopes().contains("user.email:read")) {
			user.put("email", "dana.sandbox@example.invalid");
		}
		ArrayNode scopes = user.putArray("scopes");
		access.tokens().scopes().forEach(scopes::add);
		return user;
	}

	/** Returns 429 with the {@code errors} array body seen in recorded traffic, without {@code Retry-After}. */
	private static ResponseEntity<ObjectNode> rateLimited() {
		ObjectNode body = NODES.objectNode();
		ObjectNode error = body.putArray("errors").addObject();
		error.put("error", "RATE_LIMIT_REACHED");
		error.put("message", "Rate limit exceeded. Please try again later");
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).body(body);
	}

	private static ResponseEntity<ObjectNode> unauthorized() {
		return error(HttpStatus.UNAUTHORIZED, "AUTHENTICATION_REQUIRED", "Authentication required");
	}

	private static ResponseEntity<ObjectNode> notPermitted() {
		return error(HttpStatus.FORBIDDEN, "INVALID_PERMISSIONS_OR_MODEL_NOT_FOUND", "Invalid permissions, or the "
				+ "requested model was not found. Check that both your user and your token have the required "
				+ "permissions, and that the model names and/or ids are correct.");
	}

	private static ResponseEntity<ObjectNode> error(HttpStatus status, String type, String message) {
		ObjectNode body = NODES.objectNode();
		ObjectNode error = body.putObject("error");
		error.put("type", type);
		error.put("message", message);
		return ResponseEntity.status(status).body(body);
	}

}
