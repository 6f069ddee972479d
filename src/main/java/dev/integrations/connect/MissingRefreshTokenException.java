package dev.integrations.connect;

/** Thrown when credentials that hold no refresh token are sent to be refreshed. */
public class MissingRefreshTokenException extends RuntimeException {

	MissingRefreshTokenException(String provider) {
		super("The credentials contain no refresh_token, so " + provider
				+ " cannot refresh them; connect again to get new credentials");
	}

}
