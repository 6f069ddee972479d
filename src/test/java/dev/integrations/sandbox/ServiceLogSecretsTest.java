package dev.integrations.sandbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs every flow of the service against the stand-ins with the service's and Spring's web loggers
 * at DEBUG, because those log request URLs and bodies. The console and the log file must carry the
 * flow context but no secret: access and refresh tokens, codes, PKCE verifiers, client secrets.
 */
@ExtendWith(OutputCaptureExtension.class)
class ServiceLogSecretsTest extends ServiceFlows {

	private static final List<String> VERBOSE_LOGGERS = List.of("dev.integrations", "integration", "com.nimbusds",
			"org.springframework.web");

	private static final Path LOG_FILE = Path.of("target/test-logs/spring.log");

	private final LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());

	@BeforeEach
	void logVerbosely() {
		VERBOSE_LOGGERS.forEach((logger) -> this.logging.setLogLevel(logger, LogLevel.DEBUG));
	}

	@AfterEach
	void logNormally() {
		VERBOSE_LOGGERS.forEach((logger) -> this.logging.setLogLevel(logger, null));
	}

	@Test
	void flowsLogContextButNoSecrets(CapturedOutput output) throws IOException {
		List<String> secrets = new ArrayList<>();
		for (String provider : List.of("airtable", "notion", "hubspot")) {
			secrets.addAll(runEveryStep(provider));
			secrets.add(this.clients.clientFor(provider).clientSecret());
		}
		String console = output.getAll();
		String file = Files.readString(LOG_FILE, StandardCharsets.UTF_8);

		assertThat(console).contains("integration=airtable user_id=U-log-airtable org_id=O-log operation=callback")
			.contains("integration=notion user_id=- org_id=- operation=load")
			.contains("integration=hubspot user_id=- org_id=- operation=refresh");
		assertThat(console).contains("Provider call GET /sandbox/airtable/v0/meta/bases returned 200");
		assertThat(console).containsPattern(
				"integration=notion user_id=U-log-notion org_id=O-log operation=credentials\\].*Reported a failed connection");
		assertThat(secrets).hasSizeGreaterThan(20).allSatisfy((secret) -> {
			assertThat(secret).hasSizeGreaterThan(10);
			assertThat(console).doesNotContain(secret);
			assertThat(file).doesNotContain(secret);
		});
	}

	/** Connects, replays the callback, loads, refreshes and loads again; returns every secret seen. */
	private List<String> runEveryStep(String provider) {
		String userId = "U-log-" + provider;
		Connection connection = connect(provider, userId, "O-log");
		get(connection.callbackUrl());
		JsonNode credentials = takeCredentials(connection);
		load(provider, credentials);
		this.clock.advance(Duration.ofSeconds(5));
		JsonNode refreshed = json(refresh(provider, credentials));
		load(provider, refreshed);
		Connection denied = consentAndReturn(provider, userId, "O-log", "deny");
		credentials(provider, userId, "O-log");
		SandboxTokenRequest exchange = this.events.tokenRequests(provider).getFirst();

		List<String> secrets = new ArrayList<>();
		secrets.add(connection.callbackParameters().get("code"));
		secrets.add(connection.authorizationParameters().get("state"));
		secrets.add(denied.authorizationParameters().get("state"));
		secrets.add(credentials.get("access_token").stringValue());
		secrets.add(credentials.get("refresh_token").stringValue());
		secrets.add(refreshed.get("access_token").stringValue());
		secrets.add(refreshed.get("refresh_token").stringValue());
		if (exchange.parameters().containsKey("code_verifier")) {
			secrets.add(exchange.parameters().get("code_verifier"));
		}
		return secrets;
	}

}
