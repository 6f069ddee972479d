package dev.integrations.sandbox;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * Ids derived from a seed text by SHA-256, so that the stand-ins' data sets have the same ids on
 * every start and an id never depends on the order in which the data is built.
 */
public final class DeterministicIds {

	private static final String ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

	private DeterministicIds() {
	}

	/** Returns an Airtable-style id: the 3-letter prefix and 14 alphanumerics, 17 characters in all. */
	public static String airtable(String prefix, String seed) {
		byte[] hash = sha256(prefix + ":" + seed);
		StringBuilder id = new StringBuilder(prefix);
		for (int i = 0; i < 14; i++) {
			id.append(ALPHANUMERIC.charAt((hash[i] & 0xff) % ALPHANUMERIC.length()));
		}
		return id.toString();
	}

	/** Returns a UUID with the version 4 and IETF variant bits set, as Notion's ids have. */
	public static UUID uuid(String seed) {
		ByteBuffer hash = ByteBuffer.wrap(sha256(seed));
		long high = (hash.getLong() & ~0xF000L) | 0x4000L;
		long low = (hash.getLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
		return new UUID(high, low);
	}

	private static byte[] sha256(String text) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime provides SHA-256", ex);
		}
	}

}
