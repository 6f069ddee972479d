package dev.integrations.logging;

import java.util.regex.Pattern;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/**
 * Log message converter that masks OAuth secrets wherever a log line carries them, so that they stay
 * out of the logs even when a library logs URLs, bodies or headers at DEBUG: query and form
 * parameters such as {@code code=...}, JSON members such as {@code "access_token": "..."}, and
 * {@code Bearer} and {@code Basic} credentials. {@code logback-spring.xml} installs it for
 * {@code %m}, {@code %msg} and {@code %message}.
 */
public class SecretRedactingConverter extends MessageConverter {

	static final String MASK = "[REDACTED]";

	private static final String SECRET_NAMES = "code|state|code_verifier|access_token|refresh_token|id_token|"
			+ "client_secret|token";

	private static final Pattern PARAMETER = Pattern
		.compile("(?i)(?<![A-Za-z0-9_])(" + SECRET_NAMES + ")=([^&\\s\"'\\],}]+)");

	private static final Pattern JSON_MEMBER = Pattern
		.compile("(?i)\"(" + SECRET_NAMES + ")\"(\\s*:\\s*)\"(?:[^\"\\\\]|\\\\.)*\"");

	private static final Pattern AUTHORIZATION = Pattern.compile("(?i)\\b(Bearer|Basic)\\s+[A-Za-z0-9._~+/=-]{8,}");

	@Override
	public String convert(ILoggingEvent event) {
		return redact(super.convert(event));
	}

	/** Returns the text with every secret value replaced by {@value #MASK}. */
	static String redact(String text) {
		if (text == null || text.isEmpty()) {
			return text;
		}
		String redacted = PARAMETER.matcher(text).replaceAll("$1=" + MASK);
		redacted = JSON_MEMBER.matcher(redacted).replaceAll("\"$1\"$2\"" + MASK + "\"");
		return AUTHORIZATION.matcher(redacted).replaceAll("$1 " + MASK);
	}

}
