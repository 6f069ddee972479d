package dev.integrations.sandbox;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With the default {@code integrations.sandbox.isolated-consent=notion}, the Notion stand-in's pages
 * cut the popup off from its opener, and the other stand-ins' pages do not.
 */
class IsolatedConsentTest extends SandboxHttpTest {

	private static final String OPENER_POLICY = "Cross-Origin-Opener-Policy";

	@Test
	void notionConsentPageSendsOpenerPolicy() {
		HttpResponse<String> page = get(notionAuthorizeUrl(this.clients.clientFor("notion").clientId()));

		assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
		assertThat(page.body()).contains("id=\"approve\"");
		assertThat(page.headers().allValues(OPENER_POLICY)).containsExactly("same-origin");
	}

	@Test
	void notionErrorPageSendsOpenerPolicy() {
		HttpResponse<String> page = get(notionAuthorizeUrl("unknown-client"));

		assertThat(page.statusCode()).isEqualTo(400);
		assertThat(page.body()).contains("request rejected");
		assertThat(page.headers().allValues(OPENER_POLICY)).containsExactly("same-origin");
	}

	@Test
	void airtableConsentPageKeepsOpener() {
		HttpResponse<String> page = get(airtableAuthorizeUrl());

		assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
		assertThat(page.body()).contains("id=\"approve\"");
		assertThat(page.headers().firstValue(OPENER_POLICY)).isEmpty();
	}

	private URI notionAuthorizeUrl(String clientId) {
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put("client_id", clientId);
		parameters.put("redirect_uri", redirectUri("notion"));
		parameters.put("response_type", "code");
		parameters.put("owner", "user");
		parameters.put("state", randomUrlSafe(32));
		return URI.create(NotionHttpTest.AUTHORIZE + "?" + form(parameters));
	}

	private URI airtableAuthorizeUrl() {
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put("client_id", this.clients.clientFor("airtable").clientId());
		parameters.put("redirect_uri", redirectUri("airtable"));
		parameters.put("response_type", "code");
		parameters.put("scope", AirtableHttpTest.SCOPES);
		parameters.put("state", randomUrlSafe(32));
		parameters.put("code_challenge", s256(randomUrlSafe(64)));
		parameters.put("code_challenge_method", "S256");
		return URI.create(AirtableHttpTest.AUTHORIZE + "?" + form(parameters));
	}

}
