package dev.integrations.sandbox;

import java.util.List;
import java.util.Set;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import dev.integrations.IntegrationsProperties;

/**
 * The stand-ins whose consent and error pages send {@code Cross-Origin-Opener-Policy: same-origin},
 * as a real provider's sign-in page may do. The browser then moves the popup to a new browsing context
 * group, so the page that opened it reads {@code popup.closed === true} while the person is still
 * deciding, and the callback page has no {@code window.opener}. Browser tests of the web page need a
 * stand-in that behaves this way. The providers come from {@code integrations.sandbox.isolated-consent},
 * and an unknown name stops the startup.
 */
@Component
@ConditionalOnSandbox
class IsolatedConsent {

	static final String PROPERTY = "integrations.sandbox.isolated-consent";

	private final Set<String> providers;

	IsolatedConsent(IntegrationsProperties properties, List<AuthorizationRules> standIns) {
		List<String> known = standIns.stream().map(AuthorizationRules::provider).sorted().toList();
		for (String provider : properties.sandbox().isolatedConsent()) {
			if (!known.contains(provider)) {
				throw new IllegalStateException(PROPERTY + " contains the unknown provider '" + provider
						+ "'; use names from " + String.join(", ", known) + ", or leave it empty.");
			}
		}
		this.providers = Set.copyOf(properties.sandbox().isolatedConsent());
	}

	/** Adds the opener policy to a page response of the given provider's stand-in, if it is listed. */
	ResponseEntity.BodyBuilder apply(String provider, ResponseEntity.BodyBuilder response) {
		if (this.providers.contains(provider)) {
			response.header("Cross-Origin-Opener-Policy", "same-origin");
		}
		return response;
	}

}
