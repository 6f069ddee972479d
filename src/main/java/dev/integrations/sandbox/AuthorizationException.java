package dev.integrations.sandbox;

/**
 * An authorization request a stand-in rejects. Mistakes in the client id or redirect URI, and
 * whatever else the real provider shows on its own page, get an HTML error page. The rest go back
 * to the redirect URI as RFC 6749, section 4.1.2.1 describes.
 */
public class AuthorizationException extends RuntimeException {

	private final boolean redirect;

	private final String error;

	private AuthorizationException(boolean redirect, String error, String description) {
		super(description);
		this.redirect = redirect;
		this.error = error;
	}

	/** Returns an error that the stand-in shows on its own page, without redirecting. */
	public static AuthorizationException page(String description) {
		return new AuthorizationException(false, "invalid_request", description);
	}

	/** Returns an error that goes back to the redirect URI with the given RFC 6749 error code. */
	public static AuthorizationException redirect(String error, String description) {
		return new AuthorizationException(true, error, description);
	}

	/** Returns whether the error goes back to the redirect URI. */
	public boolean isRedirect() {
		return this.redirect;
	}

	public String getError() {
		return this.error;
	}

}
