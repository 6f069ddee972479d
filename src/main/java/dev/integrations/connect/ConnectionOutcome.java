package dev.integrations.connect;

import tools.jackson.databind.node.ObjectNode;

/**
 * The result of a callback, kept until {@code /credentials} collects it: either the credentials, or
 * the reason the connection failed, which {@code /credentials} then reports.
 *
 * @param status whether the connection succeeded
 * @param credentials the credentials when connected, otherwise null
 * @param error OAuth error code of a failure, such as {@code access_denied}, otherwise null
 * @param detail a sentence for people about a failure, otherwise null
 * @param providerStatus HTTP status of the provider's token endpoint when it failed the exchange
 */
record ConnectionOutcome(Status status, ObjectNode credentials, String error, String detail,
		Integer providerStatus) {

	static ConnectionOutcome connected(ObjectNode credentials) {
		return new ConnectionOutcome(Status.CONNECTED, credentials, null, null, null);
	}

	static ConnectionOutcome denied(String error, String detail) {
		return new ConnectionOutcome(Status.DENIED, null, error, detail, null);
	}

	static ConnectionOutcome exchangeFailed(String error, String detail, Integer providerStatus) {
		return new ConnectionOutcome(Status.EXCHANGE_FAILED, null, error, detail, providerStatus);
	}

	@Override
	public String toString() {
		return "ConnectionOutcome[status=" + this.status + ", error=" + this.error + ", providerStatus="
				+ this.providerStatus + "]";
	}

	/** Outcome of a connection attempt. */
	enum Status {

		/** The code was exchanged and the credentials are waiting. */
		CONNECTED,

		/** The user declined, or the provider reported an authorization error. */
		DENIED,

		/** The provider rejected the code exchange or returned an unusable response. */
		EXCHANGE_FAILED

	}

}
