package dev.integrations.logging;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SecretRedactingConverterTest {

	@Test
	void queryParametersAreMasked() {
		String line = "GET \"/integrations/airtable/oauth2callback?code=abc123&state=s-1&code_challenge=xyz\"";

		assertThat(SecretRedactingConverter.redact(line)).isEqualTo(
				"GET \"/integrations/airtable/oauth2callback?code=[REDACTED]&state=[REDACTED]&code_challenge=xyz\"");
	}

	@Test
	void formBodyIsMasked() {
		String line = "Writing [grant_type=authorization_code&code=c1&code_verifier=v1&client_secret=s1&client_id=id]";

		assertThat(SecretRedactingConverter.redact(line)).isEqualTo("Writing [grant_type=authorization_code"
				+ "&code=[REDACTED]&code_verifier=[REDACTED]&client_secret=[REDACTED]&client_id=id]");
	}

	@Test
	void jsonMembersAreMasked() {
		String line = "Read {\"access_token\": \"at-1\", \"refresh_token\":\"rt\\\"2\", \"token_type\":\"bearer\"}";

		assertThat(SecretRedactingConverter.redact(line)).isEqualTo(
				"Read {\"access_token\": \"[REDACTED]\", \"refresh_token\":\"[REDACTED]\", \"token_type\":\"bearer\"}");
	}

	@Test
	void authorizationHeadersAreMasked() {
		String line = "headers=[Authorization:\"Bearer sbx-at-0123456789\", Authorization:\"Basic Y2xpZW50OnNlY3JldA==\"]";

		assertThat(SecretRedactingConverter.redact(line))
			.isEqualTo("headers=[Authorization:\"Bearer [REDACTED]\", Authorization:\"Basic [REDACTED]\"]");
	}

	@Test
	void ordinaryTextIsUnchanged() {
		String line = "Loaded 362 items in 40 ms; error_code=invalid_grant, decode=ok, encoded=1";

		assertThat(SecretRedactingConverter.redact(line)).isEqualTo(line);
	}

}
