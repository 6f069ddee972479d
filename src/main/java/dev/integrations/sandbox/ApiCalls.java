package dev.integrations.sandbox;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The parts every stand-in's data API shares: the bearer token check (RFC 6750, section 2.1) and
 * the {@link SandboxApiCall} event for each call.
 */
@Component
@ConditionalOnSandbox
public class ApiCalls {

	private static final Pattern BEARER = Pattern.compile("(?i)bearer +([A-Za-z0-9._~+/-]+=*) *");

	private static final Set<String> HIDDEN_HEADERS = Set.of("authorization", "cookie");

	private final TokenBook tokens;

	private final ApplicationEventPublisher events;

	ApiCalls(TokenBook tokens, ApplicationEventPublisher events) {
		this.tokens = tokens;
		this.events = events;
	}

	/** Checks the request's bearer token against the stand-in's live access tokens. */
	public TokenBook.AccessCheck authenticate(String provider, HttpServletRequest request) {
		String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
		Matcher bearer = (authorization != null) ? BEARER.matcher(authorization) : null;
		String token = (bearer != null && bearer.matches()) ? bearer.group(1) : null;
		return this.tokens.check(provider, token);
	}

	/** Publishes the call with its response status and returns the response unchanged. */
	public <T> ResponseEntity<T> record(String provider, HttpServletRequest request, String body,
			ResponseEntity<T> response) {
		this.events.publishEvent(new SandboxApiCall(provider, request.getMethod(), request.getRequestURI(),
				query(request), headers(request), (body != null) ? body : "", response.getStatusCode().value()));
		return response;
	}

	private static Map<String, List<String>> query(HttpServletRequest request) {
		Map<String, List<String>> query = new TreeMap<>();
		request.getParameterMap().forEach((name, values) -> query.put(name, Arrays.asList(values)));
		return query;
	}

	private static Map<String, String> headers(HttpServletRequest request) {
		Map<String, String> headers = new TreeMap<>();
		for (String name : Collections.list(request.getHeaderNames())) {
			String lowerCase = name.toLowerCase(Locale.ROOT);
			if (!HIDDEN_HEADERS.contains(lowerCase)) {
				headers.put(lowerCase, request.getHeader(name));
			}
		}
		return headers;
	}

}
