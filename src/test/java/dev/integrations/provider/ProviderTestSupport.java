package dev.integrations.provider;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

import dev.integrations.IntegrationsProperties;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Builds the provider collaborators that loader and mapper tests need, without a Spring context. */
public final class ProviderTestSupport {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ProviderTestSupport() {
	}

	/** Returns a {@link ProviderHttp} on the JDK client with short timeouts and millisecond retries. */
	public static ProviderHttp providerHttp(int maxAttempts) {
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(client);
		factory.setReadTimeout(Duration.ofSeconds(5));
		RestClient.Builder builder = RestClient.builder().requestFactory(factory);
		return new ProviderHttp(builder, properties(maxAttempts));
	}

	/** Returns service settings with the given retry attempts and waits of a few milliseconds. */
	public static IntegrationsProperties properties(int maxAttempts) {
		return new IntegrationsProperties(URI.create("http://localhost:8000"), IntegrationsProperties.StoreType.MEMORY,
				Duration.ofMinutes(10), Duration.ofMinutes(10), List.of(), new IntegrationsProperties.Sandbox(false, List.of()),
				new IntegrationsProperties.Retry(maxAttempts, Duration.ofSeconds(2), Duration.ofMillis(5)));
	}

	/** Returns a configured registration of the descriptor whose data API is at {@code apiBaseUri}. */
	public static ProviderRegistration registration(ProviderDescriptor descriptor, URI apiBaseUri) {
		return new ProviderRegistration(descriptor, "test-client", "test-secret", apiBaseUri.resolve("/authorize"),
				apiBaseUri.resolve("/token"), apiBaseUri, List.of(), false);
	}

	/** Returns credentials with the given access token and any extra members, such as a hub id. */
	public static Credentials credentials(String accessToken, String extraJsonMembers) {
		String extra = extraJsonMembers.isBlank() ? "" : ", " + extraJsonMembers;
		return Credentials.of((ObjectNode) JSON.readTree("{\"access_token\": \"" + accessToken + "\"" + extra + "}"));
	}

	/** Returns a recorded provider payload from {@code src/test/resources/payloads/<provider>/<file>}. */
	public static String payload(String provider, String file) {
		String path = "/payloads/" + provider + "/" + file;
		try (InputStream in = ProviderTestSupport.class.getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalArgumentException("No test payload at " + path);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Parses an {@code application/x-www-form-urlencoded} body into its parameters. */
	public static Map<String, List<String>> formParameters(String body) {
		Map<String, List<String>> parameters = new LinkedHashMap<>();
		for (String pair : body.split("&")) {
			String[] nameAndValue = pair.split("=", 2);
			String name = URLDecoder.decode(nameAndValue[0], StandardCharsets.UTF_8);
			String value = (nameAndValue.length > 1) ? URLDecoder.decode(nameAndValue[1], StandardCharsets.UTF_8) : "";
			parameters.computeIfAbsent(name, (key) -> new ArrayList<>()).add(value);
		}
		return parameters;
	}

	/** Returns the shared JSON mapper, configured like Jackson's defaults. */
	public static JsonMapper json() {
		return JSON;
	}

}
