package dev.integrations.web;

import org.springframework.stereotype.Component;

import dev.integrations.provider.Credentials;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Checks the form fields of the API. Every error names the field and what to send instead, and
 * no error repeats a value that could be a token.
 */
@Component
class FormFields {

	static final int MAX_ID_LENGTH = 256;

	static final int MAX_CREDENTIALS_LENGTH = 64 * 1024;

	private final JsonMapper json;

	FormFields(JsonMapper json) {
		this.json = json;
	}

	/** Returns the id unchanged if it is present, not blank, short and free of control characters. */
	String requireId(String field, String value) {
		requirePresent(field, value);
		if (value.length() > MAX_ID_LENGTH) {
			throw new InvalidFormFieldException(field, false, "Form field '" + field + "' is " + value.length()
					+ " characters long; send at most " + MAX_ID_LENGTH + " characters.");
		}
		if (value.codePoints().anyMatch(Character::isISOControl)) {
			throw new InvalidFormFieldException(field, false,
					"Form field '" + field + "' contains control characters such as line breaks; remove them.");
		}
		return value;
	}

	/** Parses the credentials field: the JSON object that /credentials returned. */
	Credentials requireCredentials(String value) {
		requirePresent("credentials", value);
		if (value.length() > MAX_CREDENTIALS_LENGTH) {
			throw new InvalidFormFieldException("credentials", false, "Form field 'credentials' is longer than "
					+ MAX_CREDENTIALS_LENGTH + " characters; send the JSON object that /credentials returned.");
		}
		ObjectNode object = parseObject(value);
		try {
			return Credentials.of(object);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidFormFieldException("credentials", false, "Form field 'credentials' has no '"
					+ Credentials.ACCESS_TOKEN + "' string; send the JSON object that /credentials returned.");
		}
	}

	private ObjectNode parseObject(String value) {
		JsonNode parsed;
		try {
			parsed = this.json.readTree(value);
		}
		catch (JacksonException ex) {
			String where = (ex.getLocation() != null)
					? " (line " + ex.getLocation().getLineNr() + ", column " + ex.getLocation().getColumnNr() + ")" : "";
			throw new InvalidFormFieldException("credentials", false, "Form field 'credentials' is not valid JSON"
					+ where + "; send the JSON object that /credentials returned, as text.");
		}
		if (parsed == null || !parsed.isObject()) {
			throw new InvalidFormFieldException("credentials", false,
					"Form field 'credentials' must be a JSON object; send the object that /credentials returned.");
		}
		return (ObjectNode) parsed;
	}

	private static void requirePresent(String field, String value) {
		if (value == null) {
			throw new InvalidFormFieldException(field, true, "Form field '" + field + "' is missing; send it as "
					+ "application/x-www-form-urlencoded or multipart/form-data.");
		}
		if (value.isBlank()) {
			throw new InvalidFormFieldException(field, false, "Form field '" + field + "' is empty; send a value.");
		}
	}

}
