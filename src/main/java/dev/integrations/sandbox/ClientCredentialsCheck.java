package dev.integrations.sandbox;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import dev.integrations.sandbox.SandboxClients.SandboxClient;
import dev.integrations.sandbox.TokenRequestException.Subject;

/**
 * Checks that a token request authenticates the stand-in's client in the one way its provider
 * accepts. RFC 6749, section 2.3 forbids more than one method per request, so HTTP Basic together
 * with a {@code client_secret} body parameter is rejected too.
 */
final class ClientCredentialsCheck {

	private ClientCredentialsCheck() {
	}

	/**
	 * Returns the authenticated client id.
	 * @throws TokenRequestException with {@code invalid_client} when the credentials are missing,
	 * wrong or sent the wrong way
	 */
	static String authenticate(TokenRules rules, ReceivedTokenRequest request, SandboxClient client) {
		return switch (rules.clientAuthentication()) {
			case BASIC -> basic(rules, request, client);
			case BODY -> body(rules, request, client);
		};
	}

	private static String basic(TokenRules rules, ReceivedTokenRequest request, SandboxClient client) {
		if (request.basicClientId() == null) {
			throw invalid(Subject.CLIENT_ID, rules.displayName() + " requires HTTP Basic authentication with the "
					+ "client id and secret.");
		}
		if (request.parameter("client_secret") != null) {
			throw invalid(Subject.CLIENT_SECRET, "Send the client secret in the HTTP Basic header only, not also "
					+ "in the body.");
		}
		String bodyClientId = request.parameter("client_id");
		if (bodyClientId != null && !bodyClientId.equals(request.basicClientId())) {
			throw invalid(Subject.CLIENT_ID,
					"The client_id in the body differs from the one in the HTTP Basic header.");
		}
		requireMatch(client, request.basicClientId(), request.basicClientSecret());
		return client.clientId();
	}

	private static String body(TokenRules rules, ReceivedTokenRequest request, SandboxClient client) {
		if (request.authorizationScheme() != null) {
			throw invalid(Subject.CLIENT_ID, rules.displayName() + " does not accept an Authorization header here; "
					+ "send client_id and client_secret in the body.");
		}
		if (request.parameter("client_id") == null) {
			throw invalid(Subject.CLIENT_ID, "The client_id body parameter is missing.");
		}
		if (request.parameter("client_secret") == null) {
			throw invalid(Subject.CLIENT_SECRET, "The client_secret body parameter is missing.");
		}
		requireMatch(client, request.parameter("client_id"), request.parameter("client_secret"));
		return client.clientId();
	}

	private static void requireMatch(SandboxClient client, String clientId, String clientSecret) {
		if (!client.clientId().equals(clientId)) {
			throw invalid(Subject.CLIENT_ID, "The client id is unknown.");
		}
		if (!MessageDigest.isEqual(client.clientSecret().getBytes(StandardCharsets.UTF_8),
				clientSecret.getBytes(StandardCharsets.UTF_8))) {
			throw invalid(Subject.CLIENT_SECRET, "The client secret is wrong.");
		}
	}

	private static TokenRequestException invalid(Subject subject, String description) {
		return new TokenRequestException("invalid_client", subject, "Client authentication failed. " + description);
	}

}
