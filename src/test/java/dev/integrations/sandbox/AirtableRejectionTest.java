package dev.integrations.sandbox;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks that the sandbox Airtable rejects what the real one rejects, with Airtable's statuses and bodies. */
class AirtableRejectionTest extends AirtableHttpTest {

	@Test
	void unknownClientGetsErrorPage() {
		Map<String, String> parameters = authorizeParameters(randomUrlSafe(64));
		parameters.put("client_id", "someone-else");

		HttpResponse<String> response = get(authorizeUrl(parameters));

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Location")).isEmpty();
		assertThat(response.body()).contains("client_id");
	}

	@Test
	void otherRedirectUriGetsErrorPage() {
		Map<String, String> parameters = authorizeParameters(randomUrlSafe(64));
		parameters.put("redirect_uri", redirectUri("airtable") + "/");

		HttpResponse<String> response = get(authorizeUrl(parameters));

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Location")).isEmpty();
		assertThat(response.body()).contains("redirect_uri");
	}

	@Test
	void authorizationMistakesRedirectWithErrors() {
		Map<String, String> cases = Map.of("code_challenge", "invalid_request", "code_challenge_method",
				"invalid_request", "state", "invalid_request", "scope", "invalid_scope", "response_type",
				"unsupported_response_type");
		Map<String, String> badValues = Map.of("code_challenge", "", "code_challenge_method", "plain", "state",
				"too-short", "scope", "schema.bases:read unknown:scope", "response_type", "token");

		cases.forEach((parameter, error) -> {
			Map<String, String> parameters = authorizeParameters(randomUrlSafe(64));
			parameters.put(parameter, badValues.get(parameter));

			HttpResponse<String> redirect = get(authorizeUrl(parameters));

			assertThat(redirect.statusCode()).as(parameter).isEqualTo(302);
			assertThat(redirectParameters(redirect).get("error")).as(parameter).isEqualTo(error);
			assertThat(redirectParameters(redirect).get("state")).as(parameter).isEqualTo(parameters.get("state"));
		});
	}

	@Test
	void repeatedScopeIsInvalid() {
		Map<String, String> parameters = authorizeParameters(randomUrlSafe(64));
		parameters.put("scope", "schema.bases:read schema.bases:read");

		HttpResponse<String> redirect = get(authorizeUrl(parameters));

		assertThat(redirectParameters(redirect).get("error")).isEqualTo("invalid_scope");
	}

	@Test
	void secretInBodyIsInvalidClient() {
		String verifier = randomUrlSafe(64);
		Map<String, String> body = codeGrant(approve(verifier), verifier);
		body.put("client_id", this.clients.clientFor("airtable").clientId());
		body.put("client_secret", this.clients.clientFor("airtable").clientSecret());

		HttpResponse<String> response = postForm(TOKEN, body);

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(json(response).get("error").stringValue()).isEqualTo("invalid_client");
	}

	@Test
	void wrongSecretIsInvalidClient() {
		String verifier = randomUrlSafe(64);

		HttpResponse<String> response = postForm(TOKEN, codeGrant(approve(verifier), verifier), "Authorization",
				basic("sandbox-airtable-client", "wrong-secret"));

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(json(response).get("error").stringValue()).isEqualTo("invalid_client");
	}

	@Test
	void jsonBodyIsInvalidRequest() {
		String verifier = randomUrlSafe(64);

		HttpResponse<String> response = postJson(TOKEN, codeGrant(approve(verifier), verifier), "Authorization",
				basic("airtable"));

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(json(response).get("error").stringValue()).isEqualTo("invalid_request");
	}

	@Test
	void wrongVerifierBurnsCode() {
		String verifier = randomUrlSafe(64);
		String code = approve(verifier);

		HttpResponse<String> wrong = exchange(code, randomUrlSafe(64));
		HttpResponse<String> retry = exchange(code, verifier);

		assertThat(wrong.statusCode()).isEqualTo(400);
		assertThat(json(wrong).get("error").stringValue()).isEqualTo("invalid_grant");
		assertThat(retry.statusCode()).isEqualTo(400);
		assertThat(json(retry).get("error").stringValue()).isEqualTo("invalid_grant");
	}

	@Test
	void verifierWithTildeIsInvalidGrant() {
		String verifier = randomUrlSafe(64) + "~";

		HttpResponse<String> response = exchange(approve(verifier), verifier);

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(json(response).get("error").stringValue()).isEqualTo("invalid_grant");
	}

	@Test
	void reusedCodeIsInvalidGrant() {
		String verifier = randomUrlSafe(64);
		String code = approve(verifier);
		exchange(code, verifier);

		HttpResponse<String> reuse = exchange(code, verifier);

		assertThat(reuse.statusCode()).isEqualTo(400);
		assertThat(json(reuse).get("error").stringValue()).isEqualTo("invalid_grant");
	}

	@Test
	void otherRedirectUriIsInvalidGrant() {
		String verifier = randomUrlSafe(64);
		Map<String, String> body = codeGrant(approve(verifier), verifier);
		body.put("redirect_uri", BASE_URL + "/elsewhere");

		HttpResponse<String> response = postForm(TOKEN, body, "Authorization", basic("airtable"));

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(json(response).get("error").stringValue()).isEqualTo("invalid_grant");
	}

	@Test
	void codeExpiresAfterTenMinutes() {
		String verifier = randomUrlSafe(64);
		String code = approve(verifier);
		this.clock.advance(Duration.ofMinutes(10).plusSeconds(1));

		HttpResponse<String> response = exchange(code, verifier);

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(json(response).get("error").stringValue()).isEqualTo("invalid_grant");
	}

	@Test
	void unknownGrantTypeIsUnsupported() {
		HttpResponse<String> response = postForm(TOKEN, Map.of("grant_type", "client_credentials"), "Authorization",
				basic("airtable"));

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(json(response).get("error").stringValue()).isEqualTo("unsupported_grant_type");
	}

	@Test
	void refreshRotatesBothTokens() {
		JsonNode first = connect();

		JsonNode second = json(refresh(first.get("refresh_token").stringValue()));
		HttpResponse<String> oldAccess = bases(first.get("access_token").stringValue(), null);
		HttpResponse<String> newAccess = bases(second.get("access_token").stringValue(), null);

		assertThat(second.get("refresh_token").stringValue()).isNotEqualTo(first.get("refresh_token").stringValue());
		assertThat(oldAccess.statusCode()).isEqualTo(401);
		assertThat(json(oldAccess).get("error").get("type").stringValue()).isEqualTo("AUTHENTICATION_REQUIRED");
		assertThat(newAccess.statusCode()).isEqualTo(200);
	}

	@Test
	void replacedRefreshTokenConflictsThenFails() {
		String refreshToken = connect().get("refresh_token").stringValue();
		refresh(refreshToken);

		HttpResponse<String> immediately = refresh(refreshToken);
		this.clock.advance(Duration.ofSeconds(3));
		HttpResponse<String> later = refresh(refreshToken);

		assertThat(immediately.statusCode()).isEqualTo(409);
		assertThat(later.statusCode()).isEqualTo(400);
		assertThat(json(later).get("error").stringValue()).isEqualTo("invalid_grant");
	}

	@Test
	void expiredAccessTokenIsRejected() {
		String accessToken = connect().get("access_token").stringValue();
		this.clock.advance(Duration.ofMinutes(60).plusSeconds(1));

		HttpResponse<String> response = bases(accessToken, null);

		assertThat(response.statusCode()).isEqualTo(401);
	}

	@Test
	void unknownBearerTokenIsRejected() {
		HttpResponse<String> response = bases("sbx-airtable-at-made-up", null);

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(json(response).get("error").get("type").stringValue()).isEqualTo("AUTHENTICATION_REQUIRED");
	}

	@Test
	void unknownOffsetIsUnprocessable() {
		HttpResponse<String> response = bases(connect().get("access_token").stringValue(), "itrMadeUp/appMadeUp");

		assertThat(response.statusCode()).isEqualTo(422);
	}

	@Test
	void unknownBaseIsForbiddenOrNotFound() {
		String accessToken = connect().get("access_token").stringValue();

		HttpResponse<String> wellFormed = get(url("/sandbox/airtable/v0/meta/bases/appAAAAAAAAAAAAAA/tables"),
				"Authorization", "Bearer " + accessToken);
		HttpResponse<String> malformed = get(url("/sandbox/airtable/v0/meta/bases/nope/tables"), "Authorization",
				"Bearer " + accessToken);

		assertThat(wellFormed.statusCode()).isEqualTo(403);
		assertThat(json(wellFormed).get("error").get("type").stringValue())
			.isEqualTo("INVALID_PERMISSIONS_OR_MODEL_NOT_FOUND");
		assertThat(malformed.statusCode()).isEqualTo(404);
		assertThat(json(malformed).get("error").stringValue()).isEqualTo("NOT_FOUND");
	}

	@Test
	void sixthCallInOneSecondLocksBase() {
		String accessToken = connect().get("access_token").stringValue();
		List<JsonNode> bases = loadAllBases(accessToken);
		URI tables = url("/sandbox/airtable/v0/meta/bases/" + bases.get(0).get("id").stringValue() + "/tables");
		URI otherTables = url("/sandbox/airtable/v0/meta/bases/" + bases.get(1).get("id").stringValue() + "/tables");
		for (int i = 0; i < 5; i++) {
			assertThat(get(tables, "Authorization", "Bearer " + accessToken).statusCode()).isEqualTo(200);
		}

		HttpResponse<String> limited = get(tables, "Authorization", "Bearer " + accessToken);
		HttpResponse<String> otherBase = get(otherTables, "Authorization", "Bearer " + accessToken);
		this.clock.advance(Duration.ofSeconds(20));
		HttpResponse<String> stillLocked = get(tables, "Authorization", "Bearer " + accessToken);
		this.clock.advance(Duration.ofSeconds(11));
		HttpResponse<String> unlocked = get(tables, "Authorization", "Bearer " + accessToken);

		assertThat(limited.statusCode()).isEqualTo(429);
		assertThat(json(limited).get("errors").get(0).get("error").stringValue()).isEqualTo("RATE_LIMIT_REACHED");
		assertThat(limited.headers().firstValue("Retry-After")).isEmpty();
		assertThat(otherBase.statusCode()).isEqualTo(200);
		assertThat(stillLocked.statusCode()).isEqualTo(429);
		assertThat(unlocked.statusCode()).isEqualTo(200);
	}

	@Test
	void refreshNarrowsToGrantedScopes() {
		String refreshToken = connect().get("refresh_token").stringValue();
		Map<String, String> narrower = Map.of("grant_type", "refresh_token", "refresh_token", refreshToken, "scope",
				"schema.bases:read");

		HttpResponse<String> narrowed = postForm(TOKEN, narrower, "Authorization", basic("airtable"));
		String nextRefreshToken = json(narrowed).get("refresh_token").stringValue();
		HttpResponse<String> widened = postForm(TOKEN, Map.of("grant_type", "refresh_token", "refresh_token",
				nextRefreshToken, "scope", "schema.bases:read webhook:manage"), "Authorization", basic("airtable"));

		assertThat(narrowed.statusCode()).isEqualTo(200);
		assertThat(json(narrowed).get("scope").stringValue()).isEqualTo("schema.bases:read");
		assertThat(widened.statusCode()).isEqualTo(400);
		assertThat(json(widened).get("error").stringValue()).isEqualTo("invalid_scope");
	}

}
