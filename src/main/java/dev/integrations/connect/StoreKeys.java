package dev.integrations.connect;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Keys under which the connect flow stores its records. Ids are percent-encoded before they are
 * joined with {@code :}, so that no two (provider, organization, user) triples share a key: user
 * {@code a:b} in organization {@code c} and user {@code b} in organization {@code c:a} stay apart.
 */
final class StoreKeys {

	private StoreKeys() {
	}

	/** Returns the key of a pending authorization, which is the state value itself. */
	static String state(String state) {
		return "state:" + state;
	}

	/** Returns the key of the outcome of a user's latest connection to a provider. */
	static String connection(String provider, String orgId, String userId) {
		return "connection:" + encode(provider) + ":" + encode(orgId) + ":" + encode(userId);
	}

	private static String encode(String id) {
		return URLEncoder.encode(id, StandardCharsets.UTF_8);
	}

}
