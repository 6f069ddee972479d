package dev.integrations.sandbox.hubspot;

import java.time.Duration;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import dev.integrations.sandbox.ConditionalOnSandbox;
import dev.integrations.sandbox.IssuedTokens;
import dev.integrations.sandbox.ReceivedTokenRequest;
import dev.integrations.sandbox.TokenPolicy;
import dev.integrations.sandbox.TokenRequestException;
import dev.integrations.sandbox.TokenRules;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * HubSpot's token endpoint rules (https://developers.hubspot.com/docs/api/oauth/tokens): a form
 * body with {@code client_id} and {@code client_secret} in it, access tokens for 30 minutes, and a
 * long-lived refresh token that a refresh returns unchanged. The v3 and 2026-03 endpoints add
 * {@code hub_id} and {@code scopes} to the v1 body. Errors carry RFC 6749's {@code error} and
 * {@code error_description} plus HubSpot's legacy {@code status} and {@code message}.
 */
@Component
@ConditionalOnSandbox
class HubSpotTokenRules implements TokenRules {

	static final String ACCESS_TOKEN_PREFIX = "sbx-hubspot-at-";

	/** The sandbox HubSpot account (portal). */
	static final long HUB_ID = 48151623;

	private static final Duration ACCESS_TOKEN_LIFETIME = Duration.ofMinutes(30);

	/** HubSpot access tokens vary in size up to about 512 characters; these are about 360. */
	private static final int ACCESS_TOKEN_BYTES = 256;

	private static final TokenPolicy POLICY = new TokenPolicy(ACCESS_TOKEN_PREFIX, ACCESS_TOKEN_BYTES,
			ACCESS_TOKEN_LIFETIME, null, false, Duration.ZERO);

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	@Override
	public String provider() {
		return "hubspot";
	}

	@Override
	public String displayName() {
		return "HubSpot";
	}

	@Override
	public List<String> tokenPaths() {
		return List.of("/oauth/v1/token", "/oauth/v3/token", "/oauth/2026-03/token");
	}

	@Override
	public ReceivedTokenRequest.Format bodyFormat() {
		return ReceivedTokenRequest.Format.FORM;
	}

	@Override
	public ClientAuthentication clientAuthentication() {
		return ClientAuthentication.BODY;
	}

	@Override
	public TokenPolicy policy() {
		return POLICY;
	}

	@Override
	public ObjectNode tokenResponse(IssuedTokens tokens, String path) {
		ObjectNode body = NODES.objectNode();
		body.put("token_type", "bearer");
		body.put("refresh_token", tokens.refreshToken());
		body.put("access_token", tokens.accessToken());
		if (!path.endsWith("/oauth/v1/token")) {
			body.put("hub_id", HUB_ID);
			ArrayNode scopes = body.putArray("scopes");
			tokens.scopes().forEach(scopes::add);
		}
		body.put("expires_in", ACCESS_TOKEN_LIFETIME.toSeconds());
		return body;
	}

	/** NOTE: the status of HubSpot's client errors is not documented; the stand-in returns 400 for every error. */
	@Override
	public HttpStatus errorStatus(TokenRequestException rejection) {
		return HttpStatus.BAD_REQUEST;
	}

	/**
	 * Names the legacy {@code status} after the failed check, such as {@code BAD_AUTH_CODE} or
	 * {@code BAD_REFRESH_TOKEN}.
	 * NOTE: only those two values are documented; {@code BAD_CLIENT_ID} and the others follow their pattern.
	 */
	@Override
	public ObjectNode errorBody(TokenRequestException rejection) {
		ObjectNode body = NODES.objectNode();
		body.put("error", rejection.getError());
		body.put("error_description", rejection.getMessage());
		body.put("status", "BAD_" + rejection.getSubject().name());
		body.put("message", rejection.getMessage());
		return body;
	}

}
