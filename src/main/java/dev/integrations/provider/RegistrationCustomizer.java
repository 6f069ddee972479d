package dev.integrations.provider;

/**
 * Hook that may replace a provider's registration at startup, before any flow uses it. The sandbox
 * uses it to point unconfigured providers at their stand-ins.
 */
@FunctionalInterface
public interface RegistrationCustomizer {

	/** Returns the registration to use in place of the given one, or the same one unchanged. */
	ProviderRegistration customize(ProviderRegistration registration);

}
