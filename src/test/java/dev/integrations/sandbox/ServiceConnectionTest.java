package dev.integrations.sandbox;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Connects the service itself to each stand-in, as a person would through the popup: the service
 * builds the authorization URL, the stand-in shows consent, and the service's callback exchanges the
 * code. This proves that the service's requests pass the stand-ins' strict checks.
 */
class ServiceConnectionTest extends SandboxHttpTest {

	@ParameterizedTest
	@ValueSource(strings = { "airtable", "notion", "hubspot" })
	void serviceConnectsThroughConsent(String provider) {
		String userId = "user-" + randomUrlSafe(6);
		HttpResponse<String> authorize = postForm(url("/integrations/" + provider + "/authorize"),
				Map.of("user_id", userId, "org_id", "org-1"));
		URI authorizationUrl = URI.create(json(authorize).stringValue());

		HttpResponse<String> consent = get(authorizationUrl);
		HttpResponse<String> redirect = decide(URI.create(authorizationUrl.toString().split("\\?")[0]), consent,
				"allow");
		HttpResponse<String> callback = get(URI.create(location(redirect)));
		JsonNode credentials = json(postForm(url("/integrations/" + provider + "/credentials"),
				Map.of("user_id", userId, "org_id", "org-1")));

		assertThat(authorizationUrl.toString()).startsWith(BASE_URL + "/sandbox/" + provider + "/");
		assertThat(consent.statusCode()).as(consent.body()).isEqualTo(200);
		assertThat(location(redirect)).startsWith(redirectUri(provider) + "?");
		assertThat(callback.statusCode()).as(callback.body()).isEqualTo(200);
		assertThat(credentials.get("access_token").stringValue()).startsWith("sbx-" + provider + "-at-");
		assertThat(this.events.tokenRequests(provider)).hasSize(1);
	}

}
