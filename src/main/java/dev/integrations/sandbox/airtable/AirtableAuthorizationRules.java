package dev.integrations.sandbox.airtable;

import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import dev.integrations.sandbox.AuthorizationException;
import dev.integrations.sandbox.AuthorizationParameters;
import dev.integrations.sandbox.AuthorizationRequest;
import dev.integrations.sandbox.AuthorizationRules;
import dev.integrations.sandbox.ConditionalOnSandbox;

/**
 * Airtable's authorization parameter rules (https://airtable.com/developers/web/api/oauth-reference):
 * a state of 16 to 1024 characters from {@code [A-Za-z0-9._-]}, a mandatory S256 code challenge, and
 * one or more distinct, known, space-separated scopes.
 */
@Component
@ConditionalOnSandbox
class AirtableAuthorizationRules implements AuthorizationRules {

	/**
	 * Scopes an Airtable integration can request
	 * (https://airtable.com/developers/web/api/scopes).
	 * NOTE: the enterprise scopes here may be incomplete; requests for them are rare.
	 */
	static final Set<String> KNOWN_SCOPES = Set.of("data.records:read", "data.records:write",
			"data.recordComments:read", "data.recordComments:write", "schema.bases:read", "schema.bases:write",
			"webhook:manage", "block:manage", "user.email:read", "workspacesAndBases:read",
			"workspacesAndBases:write", "workspacesAndBases.shares:manage", "enterprise.user:read",
			"enterprise.user:write", "enterprise.groups:read", "enterprise.groups:manage",
			"enterprise.scim.usersAndGroups:manage", "enterprise.auditLogs:read", "enterprise.changeEvents:read",
			"enterprise.exports:manage", "enterprise.account:read", "enterprise.account:write");

	private static final Pattern STATE = Pattern.compile("[A-Za-z0-9._-]{16,1024}");

	/** An S256 challenge is the unpadded base64url form of 32 bytes. */
	private static final Pattern S256_CHALLENGE = Pattern.compile("[A-Za-z0-9_-]{43}");

	@Override
	public String provider() {
		return "airtable";
	}

	@Override
	public String displayName() {
		return "Airtable";
	}

	@Override
	public String authorizationPath() {
		return "/oauth2/v1/authorize";
	}

	@Override
	public AuthorizationRequest validate(AuthorizationParameters parameters, String clientId, URI redirectUri) {
		List<String> scopes = scopes(parameters.get("scope"));
		String state = parameters.require("state");
		if (!STATE.matcher(state).matches()) {
			throw AuthorizationException.redirect("invalid_request",
					"The state must be 16 to 1024 characters from A-Z, a-z, 0-9, '.', '-' and '_'.");
		}
		String challenge = parameters.require("code_challenge");
		if (!"S256".equals(parameters.require("code_challenge_method"))) {
			throw AuthorizationException.redirect("invalid_request", "The code_challenge_method must be S256.");
		}
		if (!S256_CHALLENGE.matcher(challenge).matches()) {
			throw AuthorizationException.redirect("invalid_request",
					"The code_challenge must be the unpadded base64url SHA-256 hash of the code verifier.");
		}
		return new AuthorizationRequest(provider(), clientId, redirectUri, scopes, state, challenge, "S256");
	}

	@Override
	public Map<String, String> approvalParameters(AuthorizationRequest request) {
		return Map.of("code_challenge", request.codeChallenge(), "code_challenge_method",
				request.codeChallengeMethod());
	}

	private static List<String> scopes(String value) {
		if (value == null || value.isEmpty()) {
			throw AuthorizationException.redirect("invalid_scope", "The scope parameter must name at least one scope.");
		}
		List<String> scopes = AuthorizationParameters.spaceSeparated(value);
		Set<String> seen = new HashSet<>();
		for (String scope : scopes) {
			if (scope.isEmpty()) {
				throw AuthorizationException.redirect("invalid_scope",
						"The scope must be scope names separated by single spaces.");
			}
			if (!KNOWN_SCOPES.contains(scope)) {
				throw AuthorizationException.redirect("invalid_scope", "The scope " + scope + " is unknown.");
			}
			if (!seen.add(scope)) {
				throw AuthorizationException.redirect("invalid_scope", "The scope " + scope + " is repeated.");
			}
		}
		return scopes;
	}

}
