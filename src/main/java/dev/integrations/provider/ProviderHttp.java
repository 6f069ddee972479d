package dev.integrations.provider;

import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

import dev.integrations.IntegrationsProperties;
import dev.integrations.logging.FlowContext;

/**
 * Creates the HTTP clients for provider calls. They come from Spring Boot's {@link RestClient.Builder},
 * so they use the JDK HttpClient with the {@code spring.http.clients.connect-timeout} and
 * {@code read-timeout} settings and report {@code http.client.requests} metrics, and each one logs its
 * calls to the provider's logger.
 */
@Component
public class ProviderHttp {

	private final RestClient.Builder builder;

	private final IntegrationsProperties.Retry retry;

	public ProviderHttp(RestClient.Builder builder, IntegrationsProperties properties) {
		this.builder = builder;
		this.retry = properties.retry();
	}

	/** Returns a client for the provider's token endpoint, which the OAuth flow calls. */
	public RestClient tokenEndpointClient(ProviderRegistration registration) {
		return this.builder.clone()
			.requestInterceptor(new ProviderCallLogger(FlowContext.logger(registration.name())))
			.build();
	}

	/**
	 * Returns a client for the provider's data API that sends the access token and the given headers
	 * on every call.
	 */
	public ProviderApi api(ProviderRegistration registration, String accessToken, Map<String, String> headers) {
		RestClient client = this.builder.clone()
			.baseUrl(registration.apiBaseUri().toString())
			.defaultHeaders((defaults) -> {
				defaults.setBearerAuth(accessToken);
				headers.forEach(defaults::set);
			})
			.requestInterceptor(new ProviderCallLogger(FlowContext.logger(registration.name())))
			.build();
		return new ProviderApi(client, registration.descriptor(), this.retry, FlowContext.logger(registration.name()));
	}

	/** Returns a client for the provider's data API that sends only the access token. */
	public ProviderApi api(ProviderRegistration registration, String accessToken) {
		return api(registration, accessToken, Map.of());
	}

}
