package dev.integrations.sandbox;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks that the sandbox HubSpot rejects what the real one rejects, with HubSpot's statuses and bodies. */
class HubSpotRejectionTest extends HubSpotHttpTest {

	@Test
	void scopeMismatchGetsErrorPage() {
		Map<String, String> parameters = authorizeParameters();
		parameters.put("scope", "crm.objects.contacts.read crm.objects.companies.read crm.objects.deals.read");

		HttpResponse<String> response = get(authorizeUrl(parameters));

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Location")).isEmpty();
		assertThat(response.body()).contains("oauth");
	}

	@Test
	void extraScopeGetsErrorPage() {
		Map<String, String> parameters = authorizeParameters();
		parameters.put("scope", SCOPES + " crm.objects.owners.read");

		HttpResponse<String> response = get(authorizeUrl(parameters));

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Location")).isEmpty();
	}

	@Test
	void otherResponseTypeRedirectsWithError() {
		Map<String, String> parameters = authorizeParameters();
		parameters.put("response_type", "token");

		HttpResponse<String> redirect = get(authorizeUrl(parameters));

		assertThat(redirect.statusCode()).isEqualTo(302);
		assertThat(redirectParameters(redirect).get("error")).isEqualTo("unsupported_response_type");
	}

	@Test
	void basicOnlyIsRejected() {
		Map<String, String> body = codeGrant(approve());
		body.remove("client_id");
		body.remove("client_secret");

		HttpResponse<String> response = postForm(url("/sandbox/hubspot" + V3_TOKEN), body, "Authorization",
				basic("hubspot"));

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(json(response).get("error").stringValue()).isEqualTo("invalid_client");
		assertThat(json(response).get("status").stringValue()).isEqualTo("BAD_CLIENT_ID");
	}

	@Test
	void wrongSecretIsRejected() {
		Map<String, String> body = codeGrant(approve());
		body.put("client_secret", "wrong-secret");

		HttpResponse<String> response = postForm(url("/sandbox/hubspot" + V3_TOKEN), body);

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(json(response).get("status").stringValue()).isEqualTo("BAD_CLIENT_SECRET");
	}

	@Test
	void jsonBodyIsRejected() {
		HttpResponse<String> response = postJson(url("/sandbox/hubspot" + V3_TOKEN), codeGrant(approve()));

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(json(response).get("error").stringValue()).isEqualTo("invalid_request");
	}

	@Test
	void reusedCodeIsBadAuthCode() {
		String code = approve();
		exchange(V3_TOKEN, code);

		JsonNode error = json(exchange(V3_TOKEN, code));

		assertThat(error.get("error").stringValue()).isEqualTo("invalid_grant");
		assertThat(error.get("status").stringValue()).isEqualTo("BAD_AUTH_CODE");
		assertThat(error.get("error_description").stringValue()).isNotBlank();
		assertThat(error.get("message").stringValue()).isNotBlank();
	}

	@Test
	void refreshKeepsRefreshToken() {
		JsonNode first = connect();

		JsonNode second = json(refresh(first.get("refresh_token").stringValue()));

		assertThat(second.get("refresh_token").stringValue()).isEqualTo(first.get("refresh_token").stringValue());
		assertThat(second.get("access_token").stringValue()).isNotEqualTo(first.get("access_token").stringValue());
		assertThat(crm(first.get("access_token").stringValue(), "deals", "").statusCode()).isEqualTo(200);
		assertThat(crm(second.get("access_token").stringValue(), "deals", "").statusCode()).isEqualTo(200);
	}

	@Test
	void unknownRefreshTokenIsBadRefreshToken() {
		JsonNode error = json(refresh("sbx-hubspot-rt-made-up"));

		assertThat(error.get("error").stringValue()).isEqualTo("invalid_grant");
		assertThat(error.get("status").stringValue()).isEqualTo("BAD_REFRESH_TOKEN");
	}

	@Test
	void expiredTokenIsExpiredAuthentication() {
		String accessToken = accessToken();
		this.clock.advance(Duration.ofMinutes(31));

		HttpResponse<String> response = crm(accessToken, "contacts", "");

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(json(response).get("category").stringValue()).isEqualTo("EXPIRED_AUTHENTICATION");
		assertThat(json(response).get("message").stringValue()).contains("expired 60 second(s) ago");
	}

	@Test
	void unknownTokenIsInvalidAuthentication() {
		HttpResponse<String> response = crm("sbx-hubspot-at-made-up", "contacts", "");

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(json(response).get("category").stringValue()).isEqualTo("INVALID_AUTHENTICATION");
		assertThat(json(response).get("status").stringValue()).isEqualTo("error");
	}

	@Test
	void invalidListQueriesAreRejected() {
		String accessToken = accessToken();
		Map<String, String> cases = Map.of("contacts", "limit=101", "companies", "limit=0", "deals",
				"after=bm90LWEtY3Vyc29y", "0-1", "archived=maybe", "tickets", "");

		cases.forEach((objectType, query) -> {
			HttpResponse<String> response = crm(accessToken, objectType, query);

			assertThat(response.statusCode()).as(objectType + "?" + query).isEqualTo(400);
			assertThat(json(response).get("category").stringValue()).as(objectType + "?" + query)
				.isEqualTo("VALIDATION_ERROR");
		});
	}

	@Test
	void burstOverLimitIsTenSecondly() {
		String accessToken = accessToken();
		HttpResponse<String> first = crm(accessToken, "contacts", "limit=1");
		for (int i = 1; i < 110; i++) {
			assertThat(crm(accessToken, "contacts", "limit=1").statusCode()).isEqualTo(200);
		}

		HttpResponse<String> limited = crm(accessToken, "contacts", "limit=1");

		assertThat(first.headers().firstValue("X-HubSpot-RateLimit-Max")).hasValue("110");
		assertThat(first.headers().firstValue("X-HubSpot-RateLimit-Remaining")).hasValue("109");
		assertThat(first.headers().firstValue("X-HubSpot-RateLimit-Interval-Milliseconds")).hasValue("10000");
		assertThat(first.headers().firstValue("X-HubSpot-RateLimit-Daily")).isEmpty();
		assertThat(limited.statusCode()).isEqualTo(429);
		assertThat(json(limited).get("policyName").stringValue()).isEqualTo("TEN_SECONDLY_ROLLING");
		assertThat(json(limited).get("errorType").stringValue()).isEqualTo("RATE_LIMIT");
		assertThat(limited.headers().firstValue("X-HubSpot-RateLimit-Remaining")).hasValue("0");
	}

}
