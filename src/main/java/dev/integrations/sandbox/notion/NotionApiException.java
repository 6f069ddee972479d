package dev.integrations.sandbox.notion;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * A data API request the sandbox Notion rejects; the response body is Notion's error envelope
 * {@code {"object":"error","status","code","message","request_id"}}
 * (https://developers.notion.com/reference/status-codes).
 */
class NotionApiException extends RuntimeException {

	private final HttpStatus status;

	private final String code;

	private final HttpHeaders headers = new HttpHeaders();

	NotionApiException(HttpStatus status, String code, String message) {
		super(message);
		this.status = status;
		this.code = code;
	}

	/** Returns the 429 error, whose {@code Retry-After} header gives the wait in seconds. */
	static NotionApiException rateLimited(long retryAfterSeconds) {
		NotionApiException exception = new NotionApiException(HttpStatus.TOO_MANY_REQUESTS, "rate_limited",
				"You have been rate limited. Please try again in a few minutes.");
		exception.headers.set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
		return exception;
	}

	static NotionApiException validation(String message) {
		return new NotionApiException(HttpStatus.BAD_REQUEST, "validation_error", "body failed validation: " + message);
	}

	HttpStatus getStatus() {
		return this.status;
	}

	String getCode() {
		return this.code;
	}

	HttpHeaders getHeaders() {
		return this.headers;
	}

}
