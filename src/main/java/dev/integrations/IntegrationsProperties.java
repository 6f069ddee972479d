package dev.integrations;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Service-wide settings under the {@code integrations} prefix. Provider settings live in each
 * provider package under {@code integrations.providers.<name>}.
 *
 * @param publicBaseUrl scheme, host and port under which browsers reach this service; redirect URIs
 * are {@code {public-base-url}/integrations/{provider}/oauth2callback}
 * @param store where OAuth state and credentials are kept
 * @param stateTtl how long an authorization URL stays usable
 * @param credentialsTtl how long credentials wait to be picked up by {@code /credentials}
 * @param allowedOrigins browser origins, other than this service's own, that may call the API
 * @param sandbox built-in provider stand-ins
 * @param retry retries of provider API calls
 */
@Validated
@ConfigurationProperties("integrations")
public record IntegrationsProperties(
		@NotNull @DefaultValue("http://localhost:8000") URI publicBaseUrl,
		@NotNull @DefaultValue("memory") StoreType store,
		@NotNull @DefaultValue("10m") Duration stateTtl,
		@NotNull @DefaultValue("10m") Duration credentialsTtl,
		@NotNull @DefaultValue("http://localhost:3000") List<String> allowedOrigins,
		@Valid @NotNull @DefaultValue Sandbox sandbox,
		@Valid @NotNull @DefaultValue Retry retry) {

	/** Backing store for short-lived OAuth state and credentials. */
	public enum StoreType {

		/** A map in this process; state does not survive a restart or reach other instances. */
		MEMORY,

		/** Redis at {@code spring.data.redis.url}, shared by every instance. */
		REDIS

	}

	/**
	 * Built-in stand-ins for the providers.
	 *
	 * @param enabled whether providers without a client id are pointed at the stand-ins
	 * @param isolatedConsent providers whose stand-in consent page sends
	 * {@code Cross-Origin-Opener-Policy: same-origin}, which cuts the popup off from the page that
	 * opened it, as a real provider's sign-in page may do
	 */
	public record Sandbox(@DefaultValue("false") boolean enabled,
			@NotNull @DefaultValue("notion") List<String> isolatedConsent) {

		public Sandbox {
			isolatedConsent = List.copyOf(isolatedConsent);
		}

	}

	/**
	 * Retries of provider API calls that failed with 429, 502, 503, 504 or an I/O error.
	 *
	 * @param maxAttempts calls per request, the first included
	 * @param maxWait longest wait before one retry; a longer {@code Retry-After} fails the load
	 * @param initialBackoff wait before the first retry when the provider sends no
	 * {@code Retry-After}; it doubles on each further retry
	 */
	public record Retry(@Min(1) @DefaultValue("3") int maxAttempts, @NotNull @DefaultValue("10s") Duration maxWait,
			@NotNull @DefaultValue("500ms") Duration initialBackoff) {
	}

	/** Returns the URI at which a provider sends the browser back after consent. */
	public URI redirectUri(String provider) {
		return URI.create(this.publicBaseUrl.toString().replaceAll("/+$", "") + "/integrations/" + provider
				+ "/oauth2callback");
	}

}
