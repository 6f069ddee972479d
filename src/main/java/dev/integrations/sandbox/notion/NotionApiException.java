package dev.integrations.sandbox.notion;

import org.springframework.http.HttpStatus;

/**
 * A data API request the sandbox Notion rejects, answered with Notion's error envelope
 * {@code {"object":"error","status","code","message","request_id"}}
 * (https://developers.notion.com/reference/status-codes).
 */
class NotionApiException extends RuntimeException {

	private final HttpStatus status;

	private final String code;

	NotionApiException(HttpStatus status, String code, String message) {
		super(message);
		this.status = status;
		this.code = code;
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

}
