package dev.integrations.sandbox;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import com.nimbusds.oauth2.sdk.pkce.CodeChallenge;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import dev.integrations.sandbox.TokenRequestException.Subject;
import tools.jackson.databind.node.ObjectNode;

/**
 * The token endpoint every stand-in shares (RFC 6749, sections 4.1.3 and 6). A presented code is
 * burned before any check, so that a failed exchange cannot be retried with it. Every request is
 * published as a {@link SandboxTokenRequest} before it is checked.
 */
@Component
@ConditionalOnSandbox
public class TokenEndpoint {

	private static final Logger logger = LoggerFactory.getLogger(TokenEndpoint.class);

	private final TokenRequestReader reader;

	private final AuthorizationCodeBook codes;

	private final TokenBook tokens;

	private final SandboxClients clients;

	private final ApplicationEventPublisher events;

	TokenEndpoint(TokenRequestReader reader, AuthorizationCodeBook codes, TokenBook tokens, SandboxClients clients,
			ApplicationEventPublisher events) {
		this.reader = reader;
		this.codes = codes;
		this.tokens = tokens;
		this.clients = clients;
		this.events = events;
	}

	/** Handles a POST of the stand-in's token endpoint and returns the token or error response. */
	public ResponseEntity<ObjectNode> handle(TokenRules rules, HttpServletRequest request) throws IOException {
		ReceivedTokenRequest received = this.reader.read(rules.provider(), request);
		this.events.publishEvent(received.toEvent());
		Optional<AuthorizationRequest> authorized = this.codes.redeem(rules.provider(), received.parameter("code"));
		try {
			String clientId = ClientCredentialsCheck.authenticate(rules, received,
					this.clients.clientFor(rules.provider()));
			requireReadableBody(rules, received);
			IssuedTokens issued = grant(rules, received, clientId, authorized);
			logger.info("Sandbox {}: tokens {} for client {} with scopes {}", rules.displayName(),
					issued.refreshed() ? "refreshed" : "issued", clientId, issued.scopes());
			return respond(HttpStatus.OK, rules.tokenResponse(issued, received.path()));
		}
		catch (TokenRequestException ex) {
			logger.info("Sandbox {}: token request rejected with {}: {}", rules.displayName(), ex.getError(),
					LogValues.printable(ex.getMessage()));
			return respond(rules.errorStatus(ex), rules.errorBody(ex));
		}
	}

	private static void requireReadableBody(TokenRules rules, ReceivedTokenRequest received) {
		if (received.format() != rules.bodyFormat()) {
			throw new TokenRequestException("invalid_request", Subject.REQUEST, rules.displayName()
					+ " accepts only " + mediaTypeOf(rules.bodyFormat()) + " token requests.");
		}
		if (received.bodyProblem() != null) {
			throw new TokenRequestException("invalid_request", Subject.REQUEST, received.bodyProblem());
		}
	}

	private IssuedTokens grant(TokenRules rules, ReceivedTokenRequest received, String clientId,
			Optional<AuthorizationRequest> authorized) {
		String grantType = received.parameter("grant_type");
		if (grantType == null) {
			throw new TokenRequestException("invalid_request", Subject.GRANT_TYPE, "The grant_type is missing.");
		}
		return switch (grantType) {
			case "authorization_code" -> exchangeCode(rules, received, clientId, authorized);
			case "refresh_token" -> refresh(rules, received, clientId);
			default -> throw new TokenRequestException("unsupported_grant_type", Subject.GRANT_TYPE,
					"The grant_type must be authorization_code or refresh_token.");
		};
	}

	private IssuedTokens exchangeCode(TokenRules rules, ReceivedTokenRequest received, String clientId,
			Optional<AuthorizationRequest> authorized) {
		if (received.parameter("code") == null) {
			throw new TokenRequestException("invalid_request", Subject.AUTH_CODE, "The code is missing.");
		}
		AuthorizationRequest request = authorized.filter((found) -> found.clientId().equals(clientId))
			.orElseThrow(() -> new TokenRequestException("invalid_grant", Subject.AUTH_CODE,
					"The code is invalid, expired, already used or was issued to another client."));
		String redirectUri = received.parameter("redirect_uri");
		if (redirectUri == null) {
			throw new TokenRequestException("invalid_request", Subject.REDIRECT_URI, "The redirect_uri is missing.");
		}
		if (!redirectUri.equals(request.redirectUri().toString())) {
			throw new TokenRequestException("invalid_grant", Subject.REDIRECT_URI,
					"The redirect_uri differs from the one in the authorization request.");
		}
		if (request.codeChallenge() != null) {
			verifyCodeVerifier(rules, request, received.parameter("code_verifier"));
		}
		return this.tokens.issue(rules.policy(), rules.provider(), clientId, request.scopes());
	}

	/** Checks the PKCE code verifier against the challenge (RFC 7636, section 4.6). */
	private static void verifyCodeVerifier(TokenRules rules, AuthorizationRequest request, String verifier) {
		if (verifier == null || !rules.codeVerifierSyntax().matcher(verifier).matches()) {
			throw new TokenRequestException("invalid_grant", Subject.CODE_VERIFIER, "The code_verifier is missing "
					+ "or malformed; it must match " + rules.codeVerifierSyntax().pattern() + ".");
		}
		String computed = CodeChallenge.compute(CodeChallengeMethod.S256, new CodeVerifier(verifier)).getValue();
		if (!computed.equals(request.codeChallenge())) {
			throw new TokenRequestException("invalid_grant", Subject.CODE_VERIFIER,
					"The code_verifier does not match the code_challenge.");
		}
	}

	private IssuedTokens refresh(TokenRules rules, ReceivedTokenRequest received, String clientId) {
		String refreshToken = received.parameter("refresh_token");
		if (refreshToken == null) {
			throw new TokenRequestException("invalid_request", Subject.REFRESH_TOKEN,
					"The refresh_token is missing.");
		}
		String scope = received.parameter("scope");
		List<String> scopes = (scope != null) ? AuthorizationParameters.spaceSeparated(scope) : null;
		return this.tokens.refresh(rules.policy(), rules.provider(), clientId, refreshToken, scopes);
	}

	private static String mediaTypeOf(ReceivedTokenRequest.Format format) {
		return (format == ReceivedTokenRequest.Format.JSON) ? MediaType.APPLICATION_JSON_VALUE
				: MediaType.APPLICATION_FORM_URLENCODED_VALUE;
	}

	/** Builds a response with the no-store headers that RFC 6749, section 5.1 requires on token responses. */
	private static ResponseEntity<ObjectNode> respond(HttpStatus status, ObjectNode body) {
		return ResponseEntity.status(status)
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.header(HttpHeaders.PRAGMA, "no-cache")
			.body(body);
	}

}
