package dev.integrations.connect;

/**
 * Content of the callback page shown to the person in the popup.
 *
 * @param outcome how the callback ended
 * @param provider display name of the provider, or null when the state was not recognized
 * @param message a sentence about what happened and what to do next
 * @param retryable whether loading the callback again can still finish the connection, because a
 * transient failure kept the state
 */
public record CallbackResult(Outcome outcome, String provider, String message, boolean retryable) {

	/** Creates a result that ends the attempt. */
	public CallbackResult(Outcome outcome, String provider, String message) {
		this(outcome, provider, message, false);
	}

	/** Outcome of a callback. */
	public enum Outcome {

		/** Credentials are stored and waiting for {@code /credentials}. */
		CONNECTED,

		/** The user declined or the provider reported an authorization error. */
		DENIED,

		/** The code exchange failed. */
		FAILED,

		/** The callback itself was unusable: missing, unknown, expired or reused state or code. */
		INVALID

	}

}
