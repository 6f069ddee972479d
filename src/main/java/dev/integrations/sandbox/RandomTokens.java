package dev.integrations.sandbox;

import java.security.SecureRandom;
import java.util.Base64;

/** Opaque random values for the stand-ins' codes, tokens and page ids. */
public final class RandomTokens {

	private static final SecureRandom RANDOM = new SecureRandom();

	private RandomTokens() {
	}

	/** Returns {@code prefix} followed by {@code bytes} random bytes, base64url-encoded without padding. */
	public static String next(String prefix, int bytes) {
		byte[] value = new byte[bytes];
		RANDOM.nextBytes(value);
		return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(value);
	}

}
