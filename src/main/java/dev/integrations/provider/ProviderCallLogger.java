package dev.integrations.provider;

import java.io.IOException;

import org.slf4j.Logger;

import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;

/**
 * Logs each call to a provider with method, path, status and duration. It logs neither the query,
 * headers nor bodies, because those carry tokens, codes and cursors.
 */
final class ProviderCallLogger implements ClientHttpRequestInterceptor {

	private final Logger logger;

	ProviderCallLogger(Logger logger) {
		this.logger = logger;
	}

	@Override
	public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
			throws IOException {
		long start = System.nanoTime();
		try {
			ClientHttpResponse response = execution.execute(request, body);
			this.logger.info("Provider call {} {} returned {} in {} ms", request.getMethod(),
					request.getURI().getRawPath(), response.getStatusCode().value(), elapsedMillis(start));
			return response;
		}
		catch (IOException ex) {
			this.logger.warn("Provider call {} {} failed after {} ms: {}", request.getMethod(),
					request.getURI().getRawPath(), elapsedMillis(start), ex.toString());
			throw ex;
		}
	}

	private static long elapsedMillis(long start) {
		return (System.nanoTime() - start) / 1_000_000;
	}

}
