package dev.integrations.connect;

/**
 * Cleans the {@code error} and {@code error_description} that arrive in a callback URL, which anyone
 * can edit, before they reach logs, stored outcomes and pages.
 */
final class CallbackText {

	private static final int MAX_DESCRIPTION_LENGTH = 300;

	private CallbackText() {
	}

	/** Returns the error code if it has the RFC 6749 form, otherwise {@code invalid_error}. */
	static String errorCode(String error) {
		return error.matches("[\\x20-\\x21\\x23-\\x5B\\x5D-\\x7E]{1,64}") ? error : "invalid_error";
	}

	/**
	 * Returns the description without control characters or a final full stop, cut to 300
	 * characters, or null. The caller adds its own punctuation.
	 */
	static String description(String description) {
		if (description == null || description.isBlank()) {
			return null;
		}
		String clean = description.replaceAll("\\p{Cntrl}", " ").strip().replaceAll("[.\\s]+$", "");
		return (clean.length() > MAX_DESCRIPTION_LENGTH) ? clean.substring(0, MAX_DESCRIPTION_LENGTH) + "..." : clean;
	}

}
