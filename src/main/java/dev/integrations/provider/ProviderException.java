package dev.integrations.provider;

import java.time.Duration;
import java.util.Optional;

/**
 * A provider call that failed: the provider returned an error status, sent a response that could
 * not be read, or could not be reached. The message names the provider and the status, never the
 * provider's response body, so it is safe to show to callers.
 */
public class ProviderException extends RuntimeException {

	private final String provider;

	private final Reason reason;

	private final Integer status;

	private final Duration retryAfter;

	public ProviderException(String provider, Reason reason, Integer status, Duration retryAfter, String message,
			Throwable cause) {
		super(message, cause);
		this.provider = provider;
		this.reason = reason;
		this.status = status;
		this.retryAfter = retryAfter;
	}

	/** Creates the exception for an error status from the provider. */
	public static ProviderException forStatus(String provider, int status, Duration retryAfter) {
		Reason reason = switch (status) {
			case 401, 403 -> Reason.ACCESS_REJECTED;
			case 429, 529 -> Reason.RATE_LIMITED;
			default -> Reason.ERROR_STATUS;
		};
		return new ProviderException(provider, reason, status, retryAfter, messageFor(provider, reason, status), null);
	}

	/** Creates the exception for a provider that could not be reached or timed out. */
	public static ProviderException unreachable(String provider, Throwable cause) {
		return new ProviderException(provider, Reason.UNREACHABLE, null, null,
				provider + " could not be reached or did not answer in time; try again later", cause);
	}

	/** Creates the exception for a successful status whose body could not be read. */
	public static ProviderException invalidResponse(String provider, int status, Throwable cause) {
		return new ProviderException(provider, Reason.INVALID_RESPONSE, status, null,
				provider + " sent a response that could not be read (HTTP " + status + ")", cause);
	}

	/**
	 * Returns a rate-limit failure with the given wait, for the caller's {@code Retry-After}, unless
	 * the provider already named one. Other failures are returned unchanged.
	 */
	public ProviderException withRetryAfter(Duration wait) {
		if (this.reason != Reason.RATE_LIMITED || this.retryAfter != null || wait == null) {
			return this;
		}
		return new ProviderException(this.provider, this.reason, this.status, wait, getMessage(), getCause());
	}

	private static String messageFor(String provider, Reason reason, int status) {
		return switch (reason) {
			case ACCESS_REJECTED -> (status == 401)
					? provider + " rejected the access token (HTTP 401): it expired or was revoked; refresh the "
							+ "credentials or connect again"
					: provider + " refused access (HTTP " + status + "): the connected account lacks a permission "
							+ "or scope for this data; connect again and grant it";
			case RATE_LIMITED -> provider + " is rate-limiting requests (HTTP " + status + "); try again later";
			default -> provider + " failed with HTTP " + status;
		};
	}

	/** Display name of the provider. */
	public String getProvider() {
		return this.provider;
	}

	public Reason getReason() {
		return this.reason;
	}

	/** HTTP status of the provider's response, if there was one. */
	public Optional<Integer> getStatus() {
		return Optional.ofNullable(this.status);
	}

	/** Wait that the provider requested or documents before the next call, if known. */
	public Optional<Duration> getRetryAfter() {
		return Optional.ofNullable(this.retryAfter);
	}

	/** Cause of a failed provider call. */
	public enum Reason {

		/** 401 or 403: the token is expired, revoked or lacks a scope. */
		ACCESS_REJECTED,

		/** 429, or Notion's 529 overload, after the allowed retries. */
		RATE_LIMITED,

		/** Any other error status. */
		ERROR_STATUS,

		/** No response: connection refused, reset or timed out. */
		UNREACHABLE,

		/** A success status with a body that is not the documented JSON. */
		INVALID_RESPONSE

	}

}
