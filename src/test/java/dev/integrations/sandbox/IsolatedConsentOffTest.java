package dev.integrations.sandbox;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import dev.integrations.IntegrationsProperties;

import static org.assertj.core.api.Assertions.assertThat;

/** An empty {@code integrations.sandbox.isolated-consent} leaves every consent page without an opener policy. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = { "server.address=127.0.0.1", "integrations.sandbox.enabled=true",
		"integrations.sandbox.isolated-consent=" })
class IsolatedConsentOffTest {

	@LocalServerPort
	int port;

	@Autowired
	SandboxClients clients;

	@Autowired
	IntegrationsProperties properties;

	@Test
	void emptyListIsBoundEmpty() {
		assertThat(this.properties.sandbox().isolatedConsent()).isEmpty();
	}

	@Test
	void notionConsentPageKeepsOpener() throws Exception {
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put("client_id", this.clients.clientFor("notion").clientId());
		parameters.put("redirect_uri", this.properties.redirectUri("notion").toString());
		parameters.put("response_type", "code");
		parameters.put("owner", "user");
		parameters.put("state", SandboxHttpTest.randomUrlSafe(32));
		URI consent = URI.create("http://127.0.0.1:" + this.port + "/sandbox/notion/v1/oauth/authorize?"
				+ SandboxHttpTest.form(parameters));

		HttpResponse<String> page;
		try (HttpClient http = HttpClient.newHttpClient()) {
			page = http.send(HttpRequest.newBuilder(consent).GET().build(), HttpResponse.BodyHandlers.ofString());
		}

		assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
		assertThat(page.body()).contains("id=\"approve\"");
		assertThat(page.headers().firstValue("Cross-Origin-Opener-Policy")).isEmpty();
	}

}
