package dev.integrations.sandbox;

/**
 * A token request a stand-in rejects, with the RFC 6749 error code (section 5.2) and the parameter
 * or check that failed, from which HubSpot derives its legacy {@code status} value.
 */
public class TokenRequestException extends RuntimeException {

	private final String error;

	private final Subject subject;

	public TokenRequestException(String error, Subject subject, String description) {
		super(description);
		this.error = error;
		this.subject = subject;
	}

	public String getError() {
		return this.error;
	}

	public Subject getSubject() {
		return this.subject;
	}

	/** The parameter or check that made a token request fail. */
	public enum Subject {

		/** The body's media type, encoding or a repeated parameter. */
		REQUEST,

		/** The client id or the way the client authenticated. */
		CLIENT_ID,

		/** The client secret. */
		CLIENT_SECRET,

		/** A grant type other than {@code authorization_code} or {@code refresh_token}. */
		GRANT_TYPE,

		/** An authorization code that is missing, unknown, used, expired or issued to another client. */
		AUTH_CODE,

		/** A redirect URI that differs from the authorization request's. */
		REDIRECT_URI,

		/** A PKCE code verifier that is missing, malformed or does not match the challenge. */
		CODE_VERIFIER,

		/** A refresh token that is missing, unknown, replaced or expired. */
		REFRESH_TOKEN,

		/** A refresh token presented again moments after it was replaced. */
		REFRESH_CONFLICT,

		/** A scope that was not granted. */
		SCOPE

	}

}
