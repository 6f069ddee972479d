package dev.integrations.sandbox;

/** Makes caller-supplied text safe for a log line, so that a request cannot forge or flood log entries. */
final class LogValues {

	private static final int MAX_LENGTH = 300;

	private LogValues() {
	}

	/** Replaces control characters, line breaks included, with {@code ?} and cuts the text to 300 characters. */
	static String printable(String text) {
		if (text == null) {
			return null;
		}
		String clean = text.replaceAll("\\p{Cntrl}", "?");
		return (clean.length() > MAX_LENGTH) ? clean.substring(0, MAX_LENGTH) + "..." : clean;
	}

}
