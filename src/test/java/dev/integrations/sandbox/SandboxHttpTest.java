package dev.integrations.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

import dev.integrations.support.FreePorts;
import dev.integrations.support.OffsetClock;
import dev.integrations.support.TestClockConfiguration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the service with its stand-ins on a free loopback port and talks to them over real HTTP
 * with the JDK client, which does not follow redirects. Every subclass shares one application
 * context, because the port is picked once per JVM.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@Import({ TestClockConfiguration.class, SandboxEventRecorder.class })
abstract class SandboxHttpTest {

	static final int PORT = FreePorts.next();

	static final String BASE_URL = "http://localhost:" + PORT;

	private static final Pattern CONSENT_ID = Pattern.compile("name=\"consent\" value=\"([^\"]+)\"");

	private static final SecureRandom RANDOM = new SecureRandom();

	final HttpClient http = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	final JsonMapper json = JsonMapper.builder().build();

	@Autowired
	SandboxClients clients;

	@Autowired
	OffsetClock clock;

	@Autowired
	SandboxEventRecorder events;

	@DynamicPropertySource
	static void sandboxProperties(DynamicPropertyRegistry registry) {
		registry.add("server.port", () -> PORT);
		registry.add("server.address", () -> "127.0.0.1");
		registry.add("integrations.public-base-url", () -> BASE_URL);
		registry.add("integrations.sandbox.enabled", () -> "true");
	}

	@BeforeEach
	void clearEvents() {
		this.events.clear();
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	static URI url(String pathAndQuery) {
		return URI.create(BASE_URL + pathAndQuery);
	}

	static String redirectUri(String provider) {
		return BASE_URL + "/integrations/" + provider + "/oauth2callback";
	}

	HttpResponse<String> get(URI uri, String... headers) {
		return send(HttpRequest.newBuilder(uri).GET(), headers);
	}

	HttpResponse<String> post(URI uri, String contentType, String body, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.ofString(body));
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		return send(request, headers);
	}

	HttpResponse<String> postForm(URI uri, Map<String, String> fields, String... headers) {
		return post(uri, "application/x-www-form-urlencoded", form(fields), headers);
	}

	HttpResponse<String> postJson(URI uri, Object body, String... headers) {
		return post(uri, "application/json", this.json.writeValueAsString(body), headers);
	}

	/** Submits the consent page's form with the given decision and returns the redirect. */
	HttpResponse<String> decide(URI authorizeEndpoint, HttpResponse<String> consentPage, String decision) {
		return postForm(authorizeEndpoint, Map.of("consent", consentId(consentPage.body()), "decision", decision));
	}

	JsonNode json(HttpResponse<String> response) {
		return this.json.readTree(response.body());
	}

	String basic(String provider) {
		SandboxClients.SandboxClient client = this.clients.clientFor(provider);
		return basic(client.clientId(), client.clientSecret());
	}

	static String basic(String clientId, String clientSecret) {
		String pair = UriUtils.encode(clientId, StandardCharsets.UTF_8) + ":"
				+ UriUtils.encode(clientSecret, StandardCharsets.UTF_8);
		return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
	}

	static String form(Map<String, String> fields) {
		StringBuilder body = new StringBuilder();
		fields.forEach((name, value) -> body.append(body.isEmpty() ? "" : "&")
			.append(UriUtils.encode(name, StandardCharsets.UTF_8))
			.append('=')
			.append(UriUtils.encode(value, StandardCharsets.UTF_8)));
		return body.toString();
	}

	/** Returns the decoded query parameters of a redirect's {@code Location}, first value of each. */
	static Map<String, String> redirectParameters(HttpResponse<String> redirect) {
		URI location = URI.create(redirect.headers().firstValue("Location").orElseThrow());
		Map<String, String> parameters = new LinkedHashMap<>();
		UriComponentsBuilder.fromUri(location).build().getQueryParams().forEach((name, values) -> parameters
			.put(name, UriUtils.decode(values.getFirst(), StandardCharsets.UTF_8)));
		return parameters;
	}

	static String location(HttpResponse<String> redirect) {
		return redirect.headers().firstValue("Location").orElseThrow();
	}

	static String consentId(String html) {
		Matcher matcher = CONSENT_ID.matcher(html);
		if (!matcher.find()) {
			throw new AssertionError("No consent id in the page: " + html);
		}
		return matcher.group(1);
	}

	static String randomUrlSafe(int bytes) {
		byte[] value = new byte[bytes];
		RANDOM.nextBytes(value);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
	}

	/** Computes the S256 code challenge by hand, independently of the code under test (RFC 7636, section 4.2). */
	static String s256(String verifier) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private HttpResponse<String> send(HttpRequest.Builder request, String... headers) {
		for (int i = 0; i < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		try {
			return this.http.send(request.timeout(Duration.ofSeconds(10)).build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
