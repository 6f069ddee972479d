package dev.integrations.connect;

import java.time.Clock;
import java.time.Instant;

import com.nimbusds.oauth2.sdk.AccessTokenResponse;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;

import dev.integrations.provider.Credentials;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns a token endpoint's response into credentials, or into a {@link TokenExchangeException} when
 * it is an error or lacks a bearer access token. The credentials are the provider's JSON object as
 * received, so provider-specific members (a Notion workspace, a HubSpot hub id) are kept, plus
 * {@code expires_at} computed from {@code expires_in}.
 */
final class TokenResponses {

	private final JsonMapper json;

	private final Clock clock;

	TokenResponses(JsonMapper json, Clock clock) {
		this.json = json;
		this.clock = clock;
	}

	ObjectNode read(String provider, HTTPResponse response) {
		if (response.getStatusCode() != HTTPResponse.SC_OK) {
			throw rejected(provider, response);
		}
		validateAccessTokenResponse(provider, response);
		ObjectNode credentials = parseObject(provider, response);
		addExpiresAt(credentials);
		return credentials;
	}

	private TokenExchangeException rejected(String provider, HTTPResponse response) {
		String error = errorCode(response.getBody());
		int status = response.getStatusCode();
		return new TokenExchangeException(provider, TokenExchangeException.Reason.REJECTED, status, error,
				provider + "'s token endpoint returned HTTP " + status + ((error != null) ? " " + error : ""), null);
	}

	/**
	 * Reads the error code from an OAuth error body ({@code error}), HubSpot's legacy body
	 * ({@code status}) or Notion's API error envelope ({@code code}).
	 */
	private String errorCode(String body) {
		JsonNode root = readTreeOrNull(body);
		if (root == null || !root.isObject()) {
			return null;
		}
		for (String field : new String[] { "error", "status", "code" }) {
			JsonNode value = root.get(field);
			if (value != null && value.isString() && value.stringValue().matches("[A-Za-z0-9_.-]{1,64}")) {
				return value.stringValue();
			}
		}
		return null;
	}

	private static void validateAccessTokenResponse(String provider, HTTPResponse response) {
		try {
			AccessTokenResponse.parse(response);
		}
		catch (ParseException ex) {
			throw invalid(provider, "without a bearer access_token", ex);
		}
	}

	private ObjectNode parseObject(String provider, HTTPResponse response) {
		JsonNode root = readTreeOrNull(response.getBody());
		if (root == null || !root.isObject()) {
			throw invalid(provider, "that is not a JSON object", null);
		}
		return (ObjectNode) root;
	}

	private void addExpiresAt(ObjectNode credentials) {
		JsonNode expiresIn = credentials.get("expires_in");
		if (expiresIn != null && expiresIn.canConvertToLong() && expiresIn.asLong() > 0) {
			Instant expiresAt = this.clock.instant().plusSeconds(expiresIn.asLong());
			credentials.put(Credentials.EXPIRES_AT, expiresAt.toString());
		}
	}

	private JsonNode readTreeOrNull(String body) {
		if (body == null || body.isBlank()) {
			return null;
		}
		try {
			return this.json.readTree(body);
		}
		catch (JacksonException ex) {
			return null;
		}
	}

	private static TokenExchangeException invalid(String provider, String problem, Throwable cause) {
		return new TokenExchangeException(provider, TokenExchangeException.Reason.INVALID_RESPONSE, 200, null,
				provider + "'s token endpoint returned HTTP 200 " + problem, cause);
	}

}
