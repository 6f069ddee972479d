package dev.integrations.connect;

import java.time.Duration;

/** Thrown when {@code /credentials} finds nothing waiting for the user. */
public class CredentialsNotFoundException extends RuntimeException {

	CredentialsNotFoundException(String provider, String userId, String orgId, Duration ttl) {
		super("No " + provider + " credentials are waiting for user_id '" + userId + "' in org_id '" + orgId
				+ "': the connection has not finished, its credentials were already collected, or they expired after "
				+ ttl.toMinutes() + " minutes. Connect again.");
	}

}
