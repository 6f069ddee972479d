package dev.integrations.load;

import java.time.Instant;

/** Thrown when {@code /load} receives credentials whose {@code expires_at} has passed. */
public class AccessTokenExpiredException extends RuntimeException {

	AccessTokenExpiredException(String provider, String displayName, Instant expiresAt, boolean refreshable) {
		super("The " + displayName + " access token expired at " + expiresAt + "; "
				+ (refreshable ? "refresh the credentials with POST /integrations/" + provider
						+ "/refresh (form field credentials) and load again" : "connect again"));
	}

}
