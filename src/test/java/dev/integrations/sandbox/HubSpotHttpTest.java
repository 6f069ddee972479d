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

import static org.assertj.core.api.Assertions.assertThat;

/** Requests to the sandbox HubSpot, built by hand by HubSpot's rules: exact scopes, credentials in the form body. */
abstract class HubSpotHttpTest extends SandboxHttpTest {

	static final URI AUTHORIZE = url("/sandbox/hubspot/oauth/authorize");

	static final String V3_TOKEN = "/oauth/v3/token";

	static final String SCOPES = "oauth crm.objects.contacts.read crm.objects.companies.read crm.objects.deals.read";

	Map<String, String> authorizeParameters() {
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put("client_id", this.clients.clientFor("hubspot").clientId());
		parameters.put("redirect_uri", redirectUri("hubspot"));
		parameters.put("scope", SCOPES);
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

	Map<String, String> codeGrant(String code) {
		Map<String, String> body = new LinkedHashMap<>();
		body.put("grant_type", "authorization_code");
		body.put("client_id", this.clients.clientFor("hubspot").clientId());
		body.put("client_secret", this.clients.clientFor("hubspot").clientSecret());
		body.put("redirect_uri", redirectUri("hubspot"));
		body.put("code", code);
		return body;
	}

	HttpResponse<String> exchange(String tokenPath, String code) {
		return postForm(url("/sandbox/hubspot" + tokenPath), codeGrant(code));
	}

	HttpResponse<String> refresh(String refreshToken) {
		Map<String, String> body = new LinkedHashMap<>();
		body.put("grant_type", "refresh_token");
		body.put("client_id", this.clients.clientFor("hubspot").clientId());
		body.put("client_secret", this.clients.clientFor("hubspot").clientSecret());
		body.put("refresh_token", refreshToken);
		return postForm(url("/sandbox/hubspot" + V3_TOKEN), body);
	}

	JsonNode connect() {
		return json(exchange(V3_TOKEN, approve()));
	}

	String accessToken() {
		return connect().get("access_token").stringValue();
	}

	HttpResponse<String> crm(String accessToken, String objectType, String query) {
		return get(url("/sandbox/hubspot/crm/v3/objects/" + objectType + (query.isEmpty() ? "" : "?" + query)),
				"Authorization", "Bearer " + accessToken);
	}

	List<JsonNode> loadAll(String accessToken, String objectType, String query) {
		List<JsonNode> records = new ArrayList<>();
		String after = null;
		do {
			String afterParameter = (after != null) ? "&after=" + UriUtils.encode(after, StandardCharsets.UTF_8) : "";
			HttpResponse<String> response = crm(accessToken, objectType, query + afterParameter);
			assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
			JsonNode page = json(response);
			page.get("results").forEach(records::add);
			after = page.has("paging") ? page.get("paging").get("next").get("after").stringValue() : null;
		}
		while (after != null);
		return records;
	}

}
