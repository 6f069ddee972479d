package dev.integrations.provider;

import java.net.URI;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * The providers this service serves, each with its registration resolved once at startup. A
 * registration whose endpoints are not absolute http(s) URLs stops the startup with a message that
 * names the property.
 */
@Component
public class IntegrationRegistry {

	private static final Logger logger = LoggerFactory.getLogger(IntegrationRegistry.class);

	private final Map<String, RegisteredIntegration> byName;

	public IntegrationRegistry(List<Integration> integrations, List<RegistrationCustomizer> customizers) {
		Map<String, RegisteredIntegration> registered = new TreeMap<>();
		for (Integration integration : integrations) {
			ProviderRegistration registration = resolve(integration, customizers);
			registered.put(registration.name(), new RegisteredIntegration(registration, integration));
		}
		this.byName = Collections.unmodifiableMap(registered);
	}

	/** Returns the provider with the given name. */
	public Optional<RegisteredIntegration> find(String name) {
		return Optional.ofNullable(this.byName.get(name));
	}

	/**
	 * Returns the provider with the given name.
	 * @throws UnknownProviderException when no provider has that name
	 */
	public RegisteredIntegration require(String name) {
		return find(name).orElseThrow(() -> new UnknownProviderException(name, names()));
	}

	/** Returns the provider names in alphabetical order. */
	public List<String> names() {
		return List.copyOf(this.byName.keySet());
	}

	/** Returns the resolved registration of every provider, ordered by name. */
	public List<ProviderRegistration> registrations() {
		return this.byName.values().stream().map(RegisteredIntegration::registration).toList();
	}

	/** Returns the names of providers that use their sandbox stand-in. */
	public List<String> sandboxNames() {
		return this.byName.values().stream().filter((entry) -> entry.registration().sandbox())
			.map((entry) -> entry.registration().name()).toList();
	}

	private static ProviderRegistration resolve(Integration integration, List<RegistrationCustomizer> customizers) {
		ProviderRegistration registration = ProviderRegistration.of(integration.descriptor(),
				integration.properties());
		validateEndpoints(registration);
		for (RegistrationCustomizer customizer : customizers) {
			registration = customizer.customize(registration);
		}
		logRegistration(registration);
		return registration;
	}

	private static void validateEndpoints(ProviderRegistration registration) {
		validateUrl(registration, "authorization-uri", registration.authorizationUri());
		validateUrl(registration, "token-uri", registration.tokenUri());
		validateUrl(registration, "api-base-uri", registration.apiBaseUri());
	}

	private static void validateUrl(ProviderRegistration registration, String property, URI value) {
		String scheme = value.getScheme();
		boolean httpUrl = "https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme);
		if (!httpUrl || value.getHost() == null) {
			throw new IllegalStateException("integrations.providers." + registration.name() + "." + property
					+ " must be an absolute http or https URL, such as https://example.com/path, but is '" + value
					+ "'");
		}
	}

	private static void logRegistration(ProviderRegistration registration) {
		if (registration.sandbox()) {
			logger.warn("{} uses the built-in SANDBOX stand-in at {} with made-up data", registration.displayName(),
					registration.apiBaseUri());
		}
		else if (registration.isConfigured()) {
			logger.info("{} is configured with client id {} and token endpoint {}", registration.displayName(),
					registration.clientId(), registration.tokenUri());
		}
		else {
			logger.warn("{} has no client id: set integrations.providers.{}.client-id and .client-secret, or "
					+ "start with integrations.sandbox.enabled=true", registration.displayName(), registration.name());
		}
	}

	/** A provider with its resolved registration. */
	public record RegisteredIntegration(ProviderRegistration registration, Integration integration) {
	}

}
