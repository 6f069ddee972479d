package dev.integrations.web;

/** Thrown when a form field is missing or its value is unusable; the message names the field. */
class InvalidFormFieldException extends RuntimeException {

	private final String field;

	private final boolean missing;

	InvalidFormFieldException(String field, boolean missing, String message) {
		super(message);
		this.field = field;
		this.missing = missing;
	}

	String getField() {
		return this.field;
	}

	boolean isMissing() {
		return this.missing;
	}

}
