package dev.integrations.connect;

/** Thrown by {@code /credentials} when the user's latest connection attempt failed. */
public class ConnectionFailedException extends RuntimeException {

	private final Kind kind;

	private final String error;

	private final Integer providerStatus;

	ConnectionFailedException(Kind kind, String error, String detail, Integer providerStatus) {
		super(detail);
		this.kind = kind;
		this.error = error;
		this.providerStatus = providerStatus;
	}

	public Kind getKind() {
		return this.kind;
	}

	/** OAuth error code, such as {@code access_denied}, or null. */
	public String getError() {
		return this.error;
	}

	/** HTTP status of the provider's token endpoint, or null. */
	public Integer getProviderStatus() {
		return this.providerStatus;
	}

	/** Kind of failure. */
	public enum Kind {

		/** The user declined, or the provider reported an authorization error. */
		DENIED,

		/** The provider rejected the code exchange or could not be reached. */
		EXCHANGE_FAILED

	}

}
