package dev.integrations.connect;

/**
 * A token request (code exchange or refresh) that did not yield usable credentials. The message
 * names the provider, the status and the OAuth error code, never a token or the response body.
 */
public class TokenExchangeException extends RuntimeException {

	private final String provider;

	private final Reason reason;

	private final Integer status;

	private final String error;

	TokenExchangeException(String provider, Reason reason, Integer status, String error, String message,
			Throwable cause) {
		super(message, cause);
		this.provider = provider;
		this.reason = reason;
		this.status = status;
		this.error = error;
	}

	/** Display name of the provider. */
	public String getProvider() {
		return this.provider;
	}

	public Reason getReason() {
		return this.reason;
	}

	/** HTTP status of the token endpoint, or null when it sent no response. */
	public Integer getStatus() {
		return this.status;
	}

	/** OAuth error code such as {@code invalid_grant}, or null when the provider gave none. */
	public String getError() {
		return this.error;
	}

	/** Returns whether the same request may succeed later, because the provider never judged it. */
	public boolean isTransient() {
		return this.reason == Reason.UNREACHABLE || (this.status != null && this.status >= 500);
	}

	/** Cause of a failed token request. */
	public enum Reason {

		/** The token endpoint returned an error status. */
		REJECTED,

		/** The token endpoint could not be reached or timed out. */
		UNREACHABLE,

		/** The token endpoint returned 200 without a usable access token. */
		INVALID_RESPONSE

	}

}
