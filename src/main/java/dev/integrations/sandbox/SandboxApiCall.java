package dev.integrations.sandbox;

import java.util.List;
import java.util.Map;

/**
 * Application event published for every call of a stand-in's data API once its response is ready, so
 * that tests can count calls and assert paging parameters. It never contains the bearer token.
 *
 * @param provider the stand-in's provider name
 * @param method the HTTP method
 * @param path the request path
 * @param query the decoded query parameters
 * @param headers the request headers with lower-case names, except {@code Authorization} and {@code Cookie}
 * @param body the request body as text, empty when there is none
 * @param status the HTTP status of the response
 */
public record SandboxApiCall(String provider, String method, String path, Map<String, List<String>> query,
		Map<String, String> headers, String body, int status) {

	public SandboxApiCall {
		query = Map.copyOf(query);
		headers = Map.copyOf(headers);
	}

}
