package dev.integrations.sandbox.hubspot;

import org.springframework.http.HttpStatus;

import tools.jackson.databind.node.ObjectNode;

/**
 * A CRM request the sandbox HubSpot rejects; the response body is HubSpot's error envelope
 * {@code {"status":"error","message","correlationId","category"}}
 * (https://developers.hubspot.com/docs/api/error-handling).
 */
class HubSpotApiException extends RuntimeException {

	private final HttpStatus status;

	private final String category;

	private final ObjectNode details;

	/**
	 * @param category the error category, or {@code null} for bodies without one, such as the burst limit's
	 * @param details members added to the envelope, such as {@code errors} or {@code context}, or {@code null}
	 */
	HubSpotApiException(HttpStatus status, String category, String message, ObjectNode details) {
		super(message);
		this.status = status;
		this.category = category;
		this.details = details;
	}

	static HubSpotApiException validation(String message) {
		return new HubSpotApiException(HttpStatus.BAD_REQUEST, "VALIDATION_ERROR", message, null);
	}

	HttpStatus getStatus() {
		return this.status;
	}

	String getCategory() {
		return this.category;
	}

	ObjectNode getDetails() {
		return this.details;
	}

}
