package dev.integrations.sandbox;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * The OAuth client each stand-in accepts. The secret is drawn at startup, so that none is written in
 * source or configuration, and both the service and its stand-ins read it from here.
 */
@Component
public class SandboxClients {

	private final SecureRandom random = new SecureRandom();

	private final Map<String, SandboxClient> clients = new ConcurrentHashMap<>();

	/** Returns the client of the given provider's stand-in, creating it on first use. */
	public SandboxClient clientFor(String provider) {
		return this.clients.computeIfAbsent(provider, (name) -> new SandboxClient("sandbox-" + name + "-client",
				"sandbox-secret-" + randomToken()));
	}

	private String randomToken() {
		byte[] bytes = new byte[24];
		this.random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/**
	 * A stand-in's OAuth client.
	 *
	 * @param clientId the client id
	 * @param clientSecret the client secret, hidden by {@link #toString()}
	 */
	public record SandboxClient(String clientId, String clientSecret) {

		@Override
		public String toString() {
			return "SandboxClient[clientId=" + this.clientId + ", clientSecret=<hidden>]";
		}

	}

}
