package dev.integrations.connect;

/**
 * Query parameters of a redirect back from the provider (RFC 6749, sections 4.1.2 and 4.1.2.1).
 * {@link #toString()} hides the code.
 *
 * @param code authorization code, on success
 * @param state state value from the authorization request
 * @param error error code, on failure
 * @param errorDescription the provider's description of the failure
 */
public record CallbackParameters(String code, String state, String error, String errorDescription) {

	@Override
	public String toString() {
		return "CallbackParameters[code=" + ((this.code != null) ? "<hidden>" : "null") + ", state=<hidden>, error="
				+ this.error + "]";
	}

}
