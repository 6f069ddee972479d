package dev.integrations;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * A bad setting stops the startup, and the report that Spring Boot prints (or the exception) names
 * the key and the reason.
 */
@ExtendWith(OutputCaptureExtension.class)
class ConfigurationValidationTest {

	@Test
	void unknownStoreNamesKey(CapturedOutput output) {
		assertStartupFails("integrations.store=cassandra");

		assertThat(output.getAll()).contains("Property: integrations.store").contains("Value: \"cassandra\"");
	}

	@Test
	void relativeTokenUriNamesKey() {
		String messages = assertStartupFails("integrations.providers.airtable.token-uri=/oauth2/v1/token");

		assertThat(messages).contains("integrations.providers.airtable.token-uri must be an absolute http or https URL");
	}

	@Test
	void malformedNotionVersionNamesKey(CapturedOutput output) {
		assertStartupFails("integrations.providers.notion.version=latest");

		assertThat(output.getAll()).contains("Property: integrations.providers.notion.version")
			.contains("must be a Notion API version date such as 2025-09-03");
	}

	@Test
	void zeroRetryAttemptsNamesKey(CapturedOutput output) {
		assertStartupFails("integrations.retry.max-attempts=0");

		assertThat(output.getAll()).contains("Property: integrations.retry.maxAttempts")
			.contains("must be greater than or equal to 1");
	}

	@Test
	void unknownIsolatedConsentProviderNamesKey() {
		SpringApplicationBuilder application = new SpringApplicationBuilder(IntegrationsApplication.class)
			.web(WebApplicationType.SERVLET);
		StringBuilder messages = new StringBuilder();

		assertThatException().isThrownBy(() -> application.run("--integrations.sandbox.enabled=true",
				"--integrations.sandbox.isolated-consent=notion,dropbox", "--server.port=0",
				"--server.address=127.0.0.1", "--logging.file.path=target/test-logs").close())
			.satisfies((ex) -> messages.append(allMessages(ex)));

		assertThat(messages).contains("integrations.sandbox.isolated-consent contains the unknown provider "
				+ "'dropbox'; use names from airtable, hubspot, notion, or leave it empty.");
	}

	@Test
	void defaultsStartWithoutProviderSecrets() {
		try (ConfigurableApplicationContext context = start("integrations.store=memory")) {
			IntegrationsProperties properties = context.getBean(IntegrationsProperties.class);

			assertThat(properties.publicBaseUrl()).hasToString("http://localhost:8000");
			assertThat(properties.sandbox().enabled()).isFalse();
			assertThat(properties.sandbox().isolatedConsent()).containsExactly("notion");
			assertThat(properties.stateTtl()).hasMinutes(10);
		}
	}

	/** Starts the application with the property, expects it to fail, and returns every cause's message. */
	private static String assertStartupFails(String property) {
		StringBuilder messages = new StringBuilder();
		assertThatException().isThrownBy(() -> start(property).close())
			.satisfies((ex) -> messages.append(allMessages(ex)));
		return messages.toString();
	}

	private static ConfigurableApplicationContext start(String property) {
		return new SpringApplicationBuilder(IntegrationsApplication.class).web(WebApplicationType.NONE)
			.run("--" + property, "--logging.file.path=target/test-logs");
	}

	private static String allMessages(Throwable failure) {
		StringBuilder messages = new StringBuilder();
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			messages.append(cause.getMessage()).append('\n');
		}
		return messages.toString();
	}

}
