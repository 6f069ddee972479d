package dev.integrations.sandbox.airtable;

import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import dev.integrations.sandbox.ConditionalOnSandbox;
import dev.integrations.sandbox.IssuedTokens;
import dev.integrations.sandbox.ReceivedTokenRequest;
import dev.integrations.sandbox.TokenPolicy;
import dev.integrations.sandbox.TokenRequestException;
import dev.integrations.sandbox.TokenRules;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Airtable's token endpoint rules (https://airtable.com/developers/web/api/oauth-reference): a form
 * body, HTTP Basic client authentication, access tokens for 60 minutes, refresh tokens for 60 days
 * that rotate on every refresh, and HTTP 401 only for {@code invalid_client}.
 */
@Component
@ConditionalOnSandbox
class AirtableTokenRules implements TokenRules {

	static final String ACCESS_TOKEN_PREFIX = "sbx-airtable-at-";

	/** Airtable's verifier alphabet leaves out the {@code ~} that RFC 7636 allows. */
	private static final Pattern VERIFIER = Pattern.compile("[A-Za-z0-9._-]{43,128}");

	private static final Duration ACCESS_TOKEN_LIFETIME = Duration.ofMinutes(60);

	private static final Duration REFRESH_TOKEN_LIFETIME = Duration.ofDays(60);

	/**
	 * Airtable returns 409 when a refresh token is used again right after a refresh.
	 * NOTE: the length of that window is not documented; two seconds is a guess.
	 */
	private static final Duration REFRESH_CONFLICT_WINDOW = Duration.ofSeconds(2);

	private static final TokenPolicy POLICY = new TokenPolicy(ACCESS_TOKEN_PREFIX, 48, ACCESS_TOKEN_LIFETIME,
			REFRESH_TOKEN_LIFETIME, true, REFRESH_CONFLICT_WINDOW);

	@Override
	public String provider() {
		return "airtable";
	}

	@Override
	public String displayName() {
		return "Airtable";
	}

	@Override
	public List<String> tokenPaths() {
		return List.of("/oauth2/v1/token");
	}

	@Override
	public ReceivedTokenRequest.Format bodyFormat() {
		return ReceivedTokenRequest.Format.FORM;
	}

	@Override
	public ClientAuthentication clientAuthentication() {
		return ClientAuthentication.BASIC;
	}

	@Override
	public TokenPolicy policy() {
		return POLICY;
	}

	@Override
	public Pattern codeVerifierSyntax() {
		return VERIFIER;
	}

	@Override
	public ObjectNode tokenResponse(IssuedTokens tokens, String path) {
		ObjectNode body = JsonNodeFactory.instance.objectNode();
		body.put("access_token", tokens.accessToken());
		body.put("refresh_token", tokens.refreshToken());
		body.put("token_type", "Bearer");
		body.put("scope", String.join(" ", tokens.scopes()));
		body.put("expires_in", ACCESS_TOKEN_LIFETIME.toSeconds());
		body.put("refresh_expires_in", REFRESH_TOKEN_LIFETIME.toSeconds());
		return body;
	}

	@Override
	public HttpStatus errorStatus(TokenRequestException rejection) {
		return switch (rejection.getError()) {
			case "invalid_client" -> HttpStatus.UNAUTHORIZED;
			case "conflict" -> HttpStatus.CONFLICT;
			default -> HttpStatus.BAD_REQUEST;
		};
	}

	/** NOTE: Airtable documents the 409 status but not its body; the stand-in uses the usual error body. */
	@Override
	public ObjectNode errorBody(TokenRequestException rejection) {
		ObjectNode body = JsonNodeFactory.instance.objectNode();
		body.put("error", rejection.getError());
		body.put("error_description", rejection.getMessage());
		return body;
	}

}
