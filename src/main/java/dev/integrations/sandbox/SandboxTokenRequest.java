package dev.integrations.sandbox;

import java.util.Map;
import java.util.TreeSet;

/**
 * Application event published for every request a stand-in's token endpoint receives, accepted or
 * not, so that tests can assert how the service authenticated and what it sent.
 *
 * @param provider the stand-in's provider name
 * @param path the request path
 * @param contentType the {@code Content-Type} header, or {@code null}
 * @param authorizationScheme the scheme of the {@code Authorization} header, such as {@code Basic}, or {@code null}
 * @param basicClientId the client id from HTTP Basic authentication, or {@code null}
 * @param parameters the body parameters (form fields or JSON members), first value of each; they hold
 * codes, verifiers, refresh tokens and secrets, so {@link #toString()} lists only their names
 */
public record SandboxTokenRequest(String provider, String path, String contentType, String authorizationScheme,
		String basicClientId, Map<String, String> parameters) {

	public SandboxTokenRequest {
		parameters = Map.copyOf(parameters);
	}

	@Override
	public String toString() {
		return "SandboxTokenRequest[provider=" + this.provider + ", path=" + this.path + ", contentType="
				+ this.contentType + ", authorizationScheme=" + this.authorizationScheme + ", basicClientId="
				+ this.basicClientId + ", parameterNames=" + new TreeSet<>(this.parameters.keySet()) + "]";
	}

}
