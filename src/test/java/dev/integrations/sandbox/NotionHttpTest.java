package dev.integrations.sandbox;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Requests to the sandbox Notion, built by hand by Notion's rules: owner=user, HTTP Basic, JSON bodies. */
abstract class NotionHttpTest extends SandboxHttpTest {

	static final URI AUTHORIZE = url("/sandbox/notion/v1/oauth/authorize");

	static final URI TOKEN = url("/sandbox/notion/v1/oauth/token");

	static final URI SEARCH = url("/sandbox/notion/v1/search");

	static final String VERSION = "2025-09-03";

	Map<String, String> authorizeParameters() {
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put("client_id", this.clients.clientFor("notion").clientId());
		parameters.put("redirect_uri", redirectUri("notion"));
		parameters.put("response_type", "code");
		parameters.put("owner", "user");
		parameters.put("state", randomUrlSafe(32));
		return parameters;
	}

	static URI authorizeUrl(Map<String, String> parameters) {
		return URI.create(AUTHORIZE + "?" + form(parameters));
	}

	String approve() {
		HttpResponse<String> page = get(authorizeUrl(authorizeParameters()));
		return redirectParameters(decide(AUTHORIZE, page, "allow")).get("code");
	}

	static Map<String, String> codeGrant(String code) {
		Map<String, String> body = new LinkedHashMap<>();
		body.put("grant_type", "authorization_code");
		body.put("code", code);
		body.put("redirect_uri", redirectUri("notion"));
		return body;
	}

	HttpResponse<String> exchange(String code) {
		return postJson(TOKEN, codeGrant(code), "Authorization", basic("notion"));
	}

	HttpResponse<String> refresh(String refreshToken) {
		return postJson(TOKEN, Map.of("grant_type", "refresh_token", "refresh_token", refreshToken), "Authorization",
				basic("notion"));
	}

	JsonNode connect() {
		return json(exchange(approve()));
	}

	HttpResponse<String> search(String accessToken, Object body, String version) {
		return postJson(SEARCH, body, "Authorization", "Bearer " + accessToken, "Notion-Version", version);
	}

	List<JsonNode> searchAll(String accessToken, String version) {
		List<JsonNode> results = new ArrayList<>();
		String cursor = null;
		do {
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("page_size", 100);
			if (cursor != null) {
				body.put("start_cursor", cursor);
			}
			HttpResponse<String> response = search(accessToken, body, version);
			assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
			JsonNode page = json(response);
			page.get("results").forEach(results::add);
			cursor = page.get("has_more").asBoolean() ? page.get("next_cursor").stringValue() : null;
		}
		while (cursor != null);
		return results;
	}

	/** Returns the result whose title is exactly one fragment with the given text. */
	static JsonNode titled(List<JsonNode> results, String title) {
		return results.stream().filter((result) -> result.toString().contains("\"plain_text\":\"" + title + "\""))
			.findFirst().orElseThrow(() -> new AssertionError("No result titled " + title));
	}

}
