package dev.integrations.sandbox;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Drives the sandbox Airtable over HTTP: consent, code exchange with PKCE, and the metadata API. */
class AirtableFlowTest extends AirtableHttpTest {

	@Test
	void consentPageOffersAllowAndDeny() {
		HttpResponse<String> page = get(authorizeUrl(authorizeParameters(randomUrlSafe(64))));

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
		assertThat(page.body()).contains("<button id=\"approve\"");
		assertThat(page.body()).contains("<button id=\"deny\"");
		assertThat(page.body()).contains("SANDBOX");
		assertThat(page.body()).contains("Airtable");
		assertThat(page.body()).contains(this.clients.clientFor("airtable").clientId());
		assertThat(page.body()).contains("schema.bases:read");
		assertThat(page.body()).doesNotContain(this.clients.clientFor("airtable").clientSecret());
	}

	@Test
	void allowRedirectsWithCodeAndChallenge() {
		String verifier = randomUrlSafe(64);
		Map<String, String> parameters = authorizeParameters(verifier);
		HttpResponse<String> page = get(authorizeUrl(parameters));

		HttpResponse<String> redirect = decide(AUTHORIZE, page, "allow");

		assertThat(redirect.statusCode()).isEqualTo(302);
		assertThat(location(redirect)).startsWith(redirectUri("airtable") + "?");
		Map<String, String> query = redirectParameters(redirect);
		assertThat(query.get("code")).startsWith("sbx-airtable-code-");
		assertThat(query.get("state")).isEqualTo(parameters.get("state"));
		assertThat(query.get("code_challenge")).isEqualTo(s256(verifier));
		assertThat(query.get("code_challenge_method")).isEqualTo("S256");
	}

	@Test
	void denyRedirectsWithAccessDenied() {
		Map<String, String> parameters = authorizeParameters(randomUrlSafe(64));
		HttpResponse<String> page = get(authorizeUrl(parameters));

		HttpResponse<String> redirect = decide(AUTHORIZE, page, "deny");

		assertThat(redirect.statusCode()).isEqualTo(302);
		Map<String, String> query = redirectParameters(redirect);
		assertThat(query.get("error")).isEqualTo("access_denied");
		assertThat(query.get("error_description")).isNotBlank();
		assertThat(query.get("state")).isEqualTo(parameters.get("state"));
		assertThat(query).doesNotContainKey("code");
	}

	@Test
	void decidedConsentCannotBeReused() {
		HttpResponse<String> page = get(authorizeUrl(authorizeParameters(randomUrlSafe(64))));
		decide(AUTHORIZE, page, "allow");

		HttpResponse<String> second = decide(AUTHORIZE, page, "allow");

		assertThat(second.statusCode()).isEqualTo(400);
		assertThat(second.headers().firstValue("Location")).isEmpty();
	}

	@Test
	void fullFlowLoadsEveryBasePage() {
		String verifier = randomUrlSafe(96);
		String code = approve(verifier);

		HttpResponse<String> token = exchange(code, verifier);
		JsonNode tokens = json(token);
		List<JsonNode> bases = loadAllBases(tokens.get("access_token").stringValue());

		assertThat(token.statusCode()).isEqualTo(200);
		assertThat(token.headers().firstValue("Cache-Control")).hasValue("no-store");
		assertThat(tokens.get("token_type").stringValue()).isEqualTo("Bearer");
		assertThat(tokens.get("expires_in").asInt()).isEqualTo(3600);
		assertThat(tokens.get("refresh_expires_in").asInt()).isEqualTo(5184000);
		assertThat(tokens.get("scope").stringValue()).isEqualTo(SCOPES);
		assertThat(tokens.get("access_token").stringValue()).startsWith("sbx-airtable-at-");
		assertThat(bases).hasSize(14);
		assertThat(bases).extracting((base) -> base.get("name").stringValue()).contains("東京オフィス移転",
				"🚀 Launch Checklist", "Café Menu Planning ☕");
		assertThat(this.events.apiCalls("airtable")).extracting(SandboxApiCall::path)
			.containsOnly("/sandbox/airtable/v0/meta/bases")
			.hasSize(4);
	}

	@Test
	void tokenRequestEventShowsBasicAuthentication() {
		String verifier = randomUrlSafe(64);
		String code = approve(verifier);

		exchange(code, verifier);

		SandboxTokenRequest request = this.events.lastTokenRequest("airtable");
		assertThat(request.path()).isEqualTo("/sandbox/airtable/oauth2/v1/token");
		assertThat(request.authorizationScheme()).isEqualTo("Basic");
		assertThat(request.basicClientId()).isEqualTo("sandbox-airtable-client");
		assertThat(request.contentType()).startsWith("application/x-www-form-urlencoded");
		assertThat(s256(request.parameters().get("code_verifier"))).isEqualTo(s256(verifier));
		assertThat(request.toString()).contains("code_verifier");
		assertThat(request.toString()).doesNotContain(code);
		assertThat(request.toString()).doesNotContain(verifier);
	}

	@Test
	void tablesHaveFieldsAndViews() {
		String accessToken = connect().get("access_token").stringValue();
		String baseId = loadAllBases(accessToken).getFirst().get("id").stringValue();

		HttpResponse<String> response = get(url("/sandbox/airtable/v0/meta/bases/" + baseId + "/tables"),
				"Authorization", "Bearer " + accessToken);
		JsonNode tables = json(response).get("tables");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(tables).hasSize(2);
		JsonNode features = tables.get(0);
		assertThat(features.get("id").stringValue()).matches("tbl[A-Za-z0-9]{14}");
		assertThat(features.get("primaryFieldId").stringValue())
			.isEqualTo(features.get("fields").get(0).get("id").stringValue());
		assertThat(features.get("views").get(1).get("type").stringValue()).isEqualTo("kanban");
		JsonNode link = features.get("fields").get(3).get("options");
		assertThat(link.get("linkedTableId").stringValue()).isEqualTo(tables.get(1).get("id").stringValue());
	}

	@Test
	void baseIdsAreStableAcrossStarts() {
		String accessToken = connect().get("access_token").stringValue();

		List<JsonNode> first = loadAllBases(accessToken);
		List<JsonNode> second = loadAllBases(connect().get("access_token").stringValue());

		assertThat(first.getFirst().get("id").stringValue()).isEqualTo("appLpwtbVwKNVzRX8");
		assertThat(second).isEqualTo(first);
	}

}
