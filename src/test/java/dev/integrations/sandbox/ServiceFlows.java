package dev.integrations.sandbox;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;

import dev.integrations.support.ApiClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Base of the tests that run the service's whole flow against the stand-ins, as the web page does:
 * authorize, consent in the popup, callback, credentials, load.
 */
abstract class ServiceFlows extends SandboxHttpTest {

	/** Connects the user to the provider by pressing Allow, and returns every step's result. */
	Connection connect(String provider, String userId, String orgId) {
		Connection connection = consentAndReturn(provider, userId, orgId, "allow");
		assertThat(connection.callback().statusCode()).as(connection.callback().body()).isEqualTo(200);
		return connection;
	}

	/** Runs the flow up to the callback with the given consent decision, without collecting credentials. */
	Connection consentAndReturn(String provider, String userId, String orgId, String decision) {
		HttpResponse<String> authorize = postForm(url("/integrations/" + provider + "/authorize"),
				Map.of("user_id", userId, "org_id", orgId));
		assertThat(authorize.statusCode()).as(authorize.body()).isEqualTo(200);
		URI authorizationUrl = URI.create(json(authorize).stringValue());
		HttpResponse<String> consent = get(authorizationUrl);
		assertThat(consent.statusCode()).as(consent.body()).isEqualTo(200);
		HttpResponse<String> redirect = decide(URI.create(authorizationUrl.toString().split("\\?")[0]), consent,
				decision);
		assertThat(redirect.statusCode()).as(redirect.body()).isEqualTo(302);
		URI callbackUrl = URI.create(location(redirect));
		return new Connection(provider, userId, orgId, authorizationUrl, callbackUrl, get(callbackUrl));
	}

	HttpResponse<String> credentials(String provider, String userId, String orgId) {
		return postForm(url("/integrations/" + provider + "/credentials"), Map.of("user_id", userId, "org_id", orgId));
	}

	/** Collects the credentials of a finished connection, expecting them to be there. */
	JsonNode takeCredentials(Connection connection) {
		HttpResponse<String> response = credentials(connection.provider(), connection.userId(), connection.orgId());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return json(response);
	}

	HttpResponse<String> load(String provider, JsonNode credentials) {
		return postForm(url("/integrations/" + provider + "/load"), Map.of("credentials", credentials.toString()));
	}

	HttpResponse<String> refresh(String provider, JsonNode credentials) {
		return postForm(url("/integrations/" + provider + "/refresh"), Map.of("credentials", credentials.toString()));
	}

	/**
	 * What one run of the flow produced.
	 *
	 * @param provider the provider name
	 * @param userId the user who connected
	 * @param orgId the user's organization
	 * @param authorizationUrl the URL that {@code /authorize} returned
	 * @param callbackUrl the redirect back to the service, with the code or the error
	 * @param callback the service's callback page
	 */
	record Connection(String provider, String userId, String orgId, URI authorizationUrl, URI callbackUrl,
			HttpResponse<String> callback) {

		Map<String, String> authorizationParameters() {
			return ApiClient.queryOf(this.authorizationUrl.toString());
		}

		Map<String, String> callbackParameters() {
			return ApiClient.queryOf(this.callbackUrl.toString());
		}

	}

}
