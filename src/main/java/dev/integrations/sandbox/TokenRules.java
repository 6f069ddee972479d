package dev.integrations.sandbox;

import java.util.List;
import java.util.regex.Pattern;

import org.springframework.http.HttpStatus;

import tools.jackson.databind.node.ObjectNode;

/** Rules of one stand-in's token endpoint: client authentication, body format, token policy and response shapes. */
public interface TokenRules {

	/** PKCE code verifier syntax of RFC 7636, section 4.1. */
	Pattern RFC_7636_VERIFIER = Pattern.compile("[A-Za-z0-9._~-]{43,128}");

	/** Returns the provider name, the path segment after {@code /sandbox/}. */
	String provider();

	/** Returns the provider's name as people read it. */
	String displayName();

	/** Returns the real token endpoint's paths, served under {@code /sandbox/{provider}}. */
	List<String> tokenPaths();

	/** Returns the only body format the endpoint accepts. */
	ReceivedTokenRequest.Format bodyFormat();

	/** Returns where the client id and secret must be. */
	ClientAuthentication clientAuthentication();

	/** Returns how long issued tokens live and what a refresh does. */
	TokenPolicy policy();

	/** Returns the syntax a PKCE code verifier must have. */
	default Pattern codeVerifierSyntax() {
		return RFC_7636_VERIFIER;
	}

	/** Returns the 200 body for newly issued or refreshed tokens received at {@code path}. */
	ObjectNode tokenResponse(IssuedTokens tokens, String path);

	/** Returns the HTTP status of the response to a rejected request. */
	HttpStatus errorStatus(TokenRequestException rejection);

	/** Returns the body of the response to a rejected request. */
	ObjectNode errorBody(TokenRequestException rejection);

	/** Places where a token request carries the client credentials (RFC 6749, section 2.3.1). */
	enum ClientAuthentication {

		/** HTTP Basic with the client id and secret; a secret in the body is rejected. */
		BASIC,

		/** {@code client_id} and {@code client_secret} body parameters; HTTP Basic is rejected. */
		BODY

	}

}
