package dev.integrations.sandbox;

import java.util.Map;
import java.util.TreeSet;

/**
 * A token request as a stand-in received it, before any check.
 *
 * @param provider the stand-in's provider name
 * @param path the request path
 * @param contentType the {@code Content-Type} header, or {@code null}
 * @param format how the body was encoded
 * @param authorizationScheme the scheme of the {@code Authorization} header, or {@code null}
 * @param basicClientId the client id from HTTP Basic authentication, or {@code null}
 * @param basicClientSecret the client secret from HTTP Basic authentication, hidden by {@link #toString()}
 * @param parameters the body parameters, first value of each; values are hidden by {@link #toString()}
 * @param bodyProblem why the body cannot be used (unreadable, repeated parameter), or {@code null}
 */
public record ReceivedTokenRequest(String provider, String path, String contentType, Format format,
		String authorizationScheme, String basicClientId, String basicClientSecret, Map<String, String> parameters,
		String bodyProblem) {

	public ReceivedTokenRequest {
		parameters = Map.copyOf(parameters);
	}

	/** Returns the body parameter's value, or {@code null}. */
	public String parameter(String name) {
		return this.parameters.get(name);
	}

	/** Returns the event that tests observe for this request. */
	public SandboxTokenRequest toEvent() {
		return new SandboxTokenRequest(this.provider, this.path, this.contentType, this.authorizationScheme,
				this.basicClientId, this.parameters);
	}

	@Override
	public String toString() {
		return "ReceivedTokenRequest[provider=" + this.provider + ", path=" + this.path + ", contentType="
				+ this.contentType + ", authorizationScheme=" + this.authorizationScheme + ", basicClientId="
				+ this.basicClientId + ", parameterNames=" + new TreeSet<>(this.parameters.keySet()) + "]";
	}

	/** Media types a token request body can have. */
	public enum Format {

		/** {@code application/x-www-form-urlencoded}. */
		FORM,

		/** {@code application/json}. */
		JSON,

		/** Anything else, or no body. */
		OTHER

	}

}
