package dev.integrations.sandbox;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.web.util.UriUtils;

import tools.jackson.databind.JsonNode;

/** Requests to the sandbox Airtable, built by hand by Airtable's rules: PKCE S256, HTTP Basic, form bodies. */
abstract class AirtableHttpTest extends SandboxHttpTest {

	static final URI AUTHORIZE = url("/sandbox/airtable/oauth2/v1/authorize");

	static final URI TOKEN = url("/sandbox/airtable/oauth2/v1/token");

	static final URI BASES = url("/sandbox/airtable/v0/meta/bases");

	static final String SCOPES = "schema.bases:read data.records:read";

	Map<String, String> authorizeParameters(String verifier) {
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put("client_id", this.clients.clientFor("airtable").clientId());
		parameters.put("redirect_uri", redirectUri("airtable"));
		parameters.put("response_type", "code");
		parameters.put("scope", SCOPES);
		parameters.put("state", randomUrlSafe(32));
		parameters.put("code_challenge", s256(verifier));
		parameters.put("code_challenge_method", "S256");
		return parameters;
	}

	static URI authorizeUrl(Map<String, String> parameters) {
		return URI.create(AUTHORIZE + "?" + form(parameters));
	}

	/** Approves a consent for the verifier's challenge and returns the code. */
	String approve(String verifier) {
		HttpResponse<String> page = get(authorizeUrl(authorizeParameters(verifier)));
		return redirectParameters(decide(AUTHORIZE, page, "allow")).get("code");
	}

	HttpResponse<String> exchange(String code, String verifier) {
		return postForm(TOKEN, codeGrant(code, verifier), "Authorization", basic("airtable"));
	}

	static Map<String, String> codeGrant(String code, String verifier) {
		Map<String, String> body = new LinkedHashMap<>();
		body.put("grant_type", "authorization_code");
		body.put("code", code);
		body.put("redirect_uri", redirectUri("airtable"));
		body.put("code_verifier", verifier);
		return body;
	}

	HttpResponse<String> refresh(String refreshToken) {
		return postForm(TOKEN, Map.of("grant_type", "refresh_token", "refresh_token", refreshToken), "Authorization",
				basic("airtable"));
	}

	/** Runs consent and code exchange and returns the token response. */
	JsonNode connect() {
		String verifier = randomUrlSafe(64);
		return json(exchange(approve(verifier), verifier));
	}

	HttpResponse<String> bases(String accessToken, String offset) {
		String query = (offset != null) ? "?offset=" + UriUtils.encode(offset, StandardCharsets.UTF_8) : "";
		return get(URI.create(BASES + query), "Authorization", "Bearer " + accessToken);
	}

	List<JsonNode> loadAllBases(String accessToken) {
		List<JsonNode> bases = new ArrayList<>();
		String offset = null;
		do {
			JsonNode page = json(bases(accessToken, offset));
			page.get("bases").forEach(bases::add);
			offset = page.has("offset") ? page.get("offset").stringValue() : null;
		}
		while (offset != null);
		return bases;
	}

}
