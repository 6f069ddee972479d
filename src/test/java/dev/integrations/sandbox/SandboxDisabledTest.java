package dev.integrations.sandbox;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks that without {@code integrations.sandbox.enabled=true} no stand-in endpoint exists. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = { "server.address=127.0.0.1", "integrations.sandbox.enabled=false" })
class SandboxDisabledTest {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Test
	void standInPathsAreNotFound() throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		String base = "http://127.0.0.1:" + this.port;

		HttpRequest authorizeRequest = HttpRequest
			.newBuilder(URI.create(base + "/sandbox/airtable/oauth2/v1/authorize?client_id=x"))
			.GET()
			.build();
		HttpRequest tokenRequest = HttpRequest.newBuilder(URI.create(base + "/sandbox/notion/v1/oauth/token"))
			.POST(HttpRequest.BodyPublishers.ofString("{}"))
			.header("Content-Type", "application/json")
			.build();
		HttpRequest crmRequest = HttpRequest.newBuilder(URI.create(base + "/sandbox/hubspot/crm/v3/objects/contacts"))
			.GET()
			.build();

		HttpResponse<String> authorize = http.send(authorizeRequest, HttpResponse.BodyHandlers.ofString());
		HttpResponse<String> token = http.send(tokenRequest, HttpResponse.BodyHandlers.ofString());
		HttpResponse<String> crm = http.send(crmRequest, HttpResponse.BodyHandlers.ofString());

		assertThat(authorize.statusCode()).isEqualTo(404);
		assertThat(token.statusCode()).isEqualTo(404);
		assertThat(crm.statusCode()).isEqualTo(404);
	}

	@Test
	void noStandInBeansExist() {
		assertThat(this.context.getBeanNamesForType(TokenEndpoint.class)).isEmpty();
		assertThat(this.context.getBeanNamesForType(ConsentFlow.class)).isEmpty();
		assertThat(this.context.getBeanNamesForType(AuthorizationRules.class)).isEmpty();
		assertThat(this.context.getBeanNamesForType(ApiCalls.class)).isEmpty();
	}

}
