package dev.integrations.provider;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

import org.slf4j.Logger;

import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import dev.integrations.IntegrationsProperties;

/**
 * JSON calls to one provider's data API with one access token. Calls that receive 429, 502, 503,
 * 504 or 529 (Notion's {@code service_overload}), and calls that fail to connect or time out, are retried after the provider's
 * {@code Retry-After}, the provider's documented wait after a 429, or an exponential backoff. A wait
 * longer than the configured maximum fails the call at once instead of holding the request, and the
 * failure carries the wait so that the caller learns when to retry. Any other error status
 * fails the call with a {@link ProviderException}.
 */
public final class ProviderApi {

	private final RestClient client;

	private final String provider;

	private final IntegrationsProperties.Retry retry;

	private final Duration rateLimitWait;

	private final Logger logger;

	ProviderApi(RestClient client, ProviderDescriptor descriptor, IntegrationsProperties.Retry retry,
			Logger logger) {
		this.client = client;
		this.provider = descriptor.displayName();
		this.rateLimitWait = descriptor.rateLimitWait();
		this.retry = retry;
		this.logger = logger;
	}

	/**
	 * Sends a GET to {@code path} with the non-null query parameters and reads the JSON response.
	 * @param path path template such as {@code /v0/meta/bases/{baseId}/tables}, expanded from
	 * {@code query} as well
	 */
	public <T> T get(Class<T> type, String path, Map<String, ?> query) {
		return exchange(HttpMethod.GET, type, path, query, null);
	}

	/** Sends a POST with a JSON body to {@code path} and reads the JSON response. */
	public <T> T post(Class<T> type, String path, Object body) {
		return exchange(HttpMethod.POST, type, path, Map.of(), body);
	}

	private <T> T exchange(HttpMethod method, Class<T> type, String path, Map<String, ?> query, Object body) {
		Map<String, Object> variables = withoutNulls(query);
		String template = withQueryTemplate(path, variables);
		for (int attempt = 1;; attempt++) {
			try {
				return exchangeOnce(method, type, template, variables, body);
			}
			catch (ProviderException ex) {
				Duration wait = waitBeforeRetry(ex, attempt);
				if (wait == null || attempt >= this.retry.maxAttempts() || wait.compareTo(this.retry.maxWait()) > 0) {
					throw ex.withRetryAfter(wait);
				}
				this.logger.warn("{} {} {}; retrying in {} ms (attempt {} of {})", method, path, ex.getMessage(),
						wait.toMillis(), attempt + 1, this.retry.maxAttempts());
				sleep(wait, ex);
			}
		}
	}

	private <T> T exchangeOnce(HttpMethod method, Class<T> type, String template, Map<String, Object> variables,
			Object body) {
		RestClient.RequestBodySpec request = this.client.method(method).uri(template, variables)
			.accept(MediaType.APPLICATION_JSON);
		if (body != null) {
			request.contentType(MediaType.APPLICATION_JSON).body(body);
		}
		try {
			return request.exchange((clientRequest, response) -> {
				HttpStatusCode status = response.getStatusCode();
				if (!status.is2xxSuccessful()) {
					throw ProviderException.forStatus(this.provider, status.value(),
							parseRetryAfter(response.getHeaders().getFirst("Retry-After")));
				}
				T value = readBody(response, type, status.value());
				if (value == null) {
					throw ProviderException.invalidResponse(this.provider, status.value(), null);
				}
				return value;
			});
		}
		catch (ResourceAccessException ex) {
			throw ProviderException.unreachable(this.provider, ex);
		}
	}

	private <T> T readBody(RestClient.RequestHeadersSpec.ConvertibleClientHttpResponse response, Class<T> type,
			int status) {
		try {
			return response.bodyTo(type);
		}
		catch (RestClientException | IllegalArgumentException ex) {
			throw ProviderException.invalidResponse(this.provider, status, ex);
		}
	}

	/**
	 * Returns how long to wait before calling again: the provider's {@code Retry-After}, else its
	 * documented wait after a 429, else an exponential backoff. Returns null when a retry cannot help.
	 */
	private Duration waitBeforeRetry(ProviderException failure, int attempt) {
		if (!isRetryable(failure)) {
			return null;
		}
		if (failure.getRetryAfter().isPresent()) {
			return failure.getRetryAfter().get();
		}
		if (failure.getReason() == ProviderException.Reason.RATE_LIMITED && this.rateLimitWait != null) {
			return this.rateLimitWait;
		}
		return this.retry.initialBackoff().multipliedBy(1L << Math.min(attempt - 1, 16));
	}

	private static boolean isRetryable(ProviderException failure) {
		if (failure.getReason() == ProviderException.Reason.UNREACHABLE) {
			return true;
		}
		int status = failure.getStatus().orElse(0);
		return status == 429 || status == 502 || status == 503 || status == 504 || status == 529;
	}

	private static void sleep(Duration wait, ProviderException failure) {
		try {
			Thread.sleep(wait);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw failure;
		}
	}

	/** Reads {@code Retry-After} as seconds or as an HTTP date (RFC 9110, section 10.2.3). */
	static Duration parseRetryAfter(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Duration.ofSeconds(Math.max(0, Long.parseLong(value.strip())));
		}
		catch (NumberFormatException notSeconds) {
			try {
				ZonedDateTime date = ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME);
				Duration untilDate = Duration.between(ZonedDateTime.now(date.getZone()), date);
				return untilDate.isNegative() ? Duration.ZERO : untilDate;
			}
			catch (DateTimeParseException notDate) {
				return null;
			}
		}
	}

	private static Map<String, Object> withoutNulls(Map<String, ?> query) {
		Map<String, Object> variables = new LinkedHashMap<>();
		query.forEach((name, value) -> {
			if (value != null) {
				variables.put(name, value);
			}
		});
		return variables;
	}

	private static String withQueryTemplate(String path, Map<String, Object> variables) {
		StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
		for (String name : variables.keySet()) {
			if (!path.contains("{" + name + "}")) {
				query.add(name + "={" + name + "}");
			}
		}
		return path + query;
	}

}
