package dev.integrations.web;

import com.fasterxml.jackson.annotation.JsonProperty;

import dev.integrations.provider.ProviderRegistration;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * An entry of the {@code GET /integrations} list. It carries what a page needs to offer a provider
 * and nothing secret, not even the client id.
 *
 * @param name provider name as used in the routes, such as {@code airtable}
 * @param displayName provider name as people read it, such as {@code Airtable}
 * @param status whether the provider can be connected, and against what
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record ProviderSummary(String name, String displayName, Status status) {

	static ProviderSummary of(ProviderRegistration registration) {
		return new ProviderSummary(registration.name(), registration.displayName(), statusOf(registration));
	}

	private static Status statusOf(ProviderRegistration registration) {
		if (registration.sandbox()) {
			return Status.SANDBOX;
		}
		return registration.isConfigured() ? Status.CONFIGURED : Status.UNCONFIGURED;
	}

	/** Whether a provider can be connected. */
	enum Status {

		/** The built-in stand-in with made-up data serves the provider. */
		@JsonProperty("sandbox")
		SANDBOX,

		/** A client id is set, so the flow runs against the real provider. */
		@JsonProperty("configured")
		CONFIGURED,

		/** No client id is set and the sandbox is off, so {@code /authorize} returns 503. */
		@JsonProperty("unconfigured")
		UNCONFIGURED

	}

}
