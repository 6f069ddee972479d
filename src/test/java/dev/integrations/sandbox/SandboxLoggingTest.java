package dev.integrations.sandbox;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs a connection and a refresh through each stand-in and checks the log: every milestone is
 * there with its provider, and no token, code, verifier or client secret ever is.
 */
@ExtendWith(OutputCaptureExtension.class)
class SandboxLoggingTest extends AirtableHttpTest {

	@Test
	void logsNameMilestonesButNoSecrets(CapturedOutput output) {
		List<String> secrets = new ArrayList<>();
		String verifier = randomUrlSafe(64);
		String code = approve(verifier);
		JsonNode tokens = json(exchange(code, verifier));
		JsonNode refreshed = json(refresh(tokens.get("refresh_token").stringValue()));
		exchange(code, verifier);
		loadAllBases(refreshed.get("access_token").stringValue());
		secrets.add(verifier);
		secrets.add(code);
		secrets.add(tokens.get("access_token").stringValue());
		secrets.add(tokens.get("refresh_token").stringValue());
		secrets.add(refreshed.get("access_token").stringValue());
		secrets.add(refreshed.get("refresh_token").stringValue());
		secrets.add(this.clients.clientFor("airtable").clientSecret());

		String log = output.getAll();

		assertThat(log).contains("Sandbox Airtable: consent page shown");
		assertThat(log).contains("Sandbox Airtable: consent granted");
		assertThat(log).contains("Sandbox Airtable: tokens issued");
		assertThat(log).contains("Sandbox Airtable: tokens refreshed");
		assertThat(log).contains("Sandbox Airtable: token request rejected with invalid_grant");
		assertThat(log).doesNotContain("sbx-airtable-at-");
		assertThat(log).doesNotContain("sbx-airtable-rt-");
		assertThat(log).doesNotContain("sbx-airtable-code-");
		secrets.forEach((secret) -> assertThat(log).doesNotContain(secret));
	}

}
