package dev.integrations.provider;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON object that {@code /credentials} hands out and {@code /load} takes back: the provider's
 * token response as received, plus {@code expires_at} when the provider gave {@code expires_in}.
 * {@link #toString()} never shows a value.
 */
public final class Credentials {

	public static final String ACCESS_TOKEN = "access_token";

	public static final String REFRESH_TOKEN = "refresh_token";

	public static final String EXPIRES_AT = "expires_at";

	private final ObjectNode json;

	private Credentials(ObjectNode json) {
		this.json = json;
	}

	/**
	 * Wraps a credentials object.
	 * @throws IllegalArgumentException when {@code access_token} is missing, empty or not a string
	 */
	public static Credentials of(ObjectNode json) {
		JsonNode accessToken = json.get(ACCESS_TOKEN);
		if (accessToken == null || !accessToken.isString() || accessToken.stringValue().isBlank()) {
			throw new IllegalArgumentException("credentials must contain a non-empty string '" + ACCESS_TOKEN + "'");
		}
		return new Credentials(json.deepCopy());
	}

	public String accessToken() {
		return this.json.get(ACCESS_TOKEN).stringValue();
	}

	public Optional<String> refreshToken() {
		return text(REFRESH_TOKEN).filter((token) -> !token.isBlank());
	}

	/** Returns when the access token expires, if the credentials contain a readable {@code expires_at}. */
	public Optional<Instant> expiresAt() {
		try {
			return text(EXPIRES_AT).map(Instant::parse);
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}

	/** Returns a field as text, for provider-specific members such as a HubSpot {@code hub_id}. */
	public Optional<String> text(String field) {
		JsonNode value = this.json.get(field);
		if (value == null || value.isNull() || value.isContainer()) {
			return Optional.empty();
		}
		return Optional.of(value.asString());
	}

	/** Returns a copy of the JSON object, for serialization. */
	public ObjectNode toJson() {
		return this.json.deepCopy();
	}

	@Override
	public String toString() {
		return "Credentials[fields=" + this.json.propertyNames() + "]";
	}

}
