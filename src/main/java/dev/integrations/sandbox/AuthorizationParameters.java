package dev.integrations.sandbox;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The query parameters of an authorization request. RFC 6749, section 3.1 forbids repeating a
 * parameter, so a repeated one is reported instead of picking one of its values.
 */
public final class AuthorizationParameters {

	private final Map<String, String[]> values;

	private AuthorizationParameters(Map<String, String[]> values) {
		this.values = Map.copyOf(values);
	}

	/** Reads the parameters of a GET request, which only has query parameters. */
	public static AuthorizationParameters from(HttpServletRequest request) {
		return new AuthorizationParameters(request.getParameterMap());
	}

	/** Returns the parameter's value, or {@code null} when it is absent or repeated. */
	public String get(String name) {
		String[] found = this.values.get(name);
		return (found != null && found.length == 1) ? found[0] : null;
	}

	/**
	 * Returns the parameter's value.
	 * @throws AuthorizationException with {@code invalid_request} when it is absent, repeated or empty
	 */
	public String require(String name) {
		String value = get(name);
		if (value == null || value.isEmpty()) {
			throw AuthorizationException.redirect("invalid_request", "The " + name + " parameter is missing.");
		}
		return value;
	}

	/** Returns whether the parameter appears more than once. */
	public boolean isRepeated(String name) {
		String[] found = this.values.get(name);
		return found != null && found.length > 1;
	}

	/** Returns the names of the parameters that appear more than once. */
	public List<String> repeated() {
		return this.values.keySet().stream().filter(this::isRepeated).sorted().toList();
	}

	/**
	 * Splits a space-separated scope value (RFC 6749, section 3.3). Empty items, from doubled or
	 * outer spaces, are kept so that callers can reject a malformed value.
	 */
	public static List<String> spaceSeparated(String value) {
		return Arrays.asList(value.split(" ", -1));
	}

}
