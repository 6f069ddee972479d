package dev.integrations.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A browser-like HTTP client for tests that talk to the running service: it sends forms urlencoded
 * or multipart, never follows redirects, and parses JSON responses.
 */
public final class ApiClient {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final URI base;

	public ApiClient(URI base) {
		this.base = base;
	}

	public static ApiClient onPort(int port) {
		return new ApiClient(URI.create("http://localhost:" + port));
	}

	/** Sends a urlencoded form, as the JavaScript {@code URLSearchParams} does. */
	public HttpResponse<String> postForm(String path, Map<String, String> fields) {
		return postForm(path, fields, Map.of());
	}

	/** Sends a urlencoded form with extra request headers. */
	public HttpResponse<String> postForm(String path, Map<String, String> fields, Map<String, String> headers) {
		StringJoiner body = new StringJoiner("&");
		fields.forEach((name, value) -> body.add(encode(name) + "=" + encode(value)));
		HttpRequest.Builder request = HttpRequest.newBuilder(resolve(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body.toString()));
		headers.forEach(request::header);
		return send(request);
	}

	/** Sends a multipart form, as the JavaScript {@code FormData} does. */
	public HttpResponse<String> postMultipart(String path, Map<String, String> fields) {
		String boundary = "----test" + UUID.randomUUID();
		StringBuilder body = new StringBuilder();
		fields.forEach((name, value) -> body.append("--").append(boundary).append("\r\n")
			.append("Content-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n")
			.append(value).append("\r\n"));
		body.append("--").append(boundary).append("--\r\n");
		return send(HttpRequest.newBuilder(resolve(path))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)));
	}

	/** Sends a POST with a raw body and content type. */
	public HttpResponse<String> post(String path, String contentType, String body) {
		return send(HttpRequest.newBuilder(resolve(path))
			.header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	public HttpResponse<String> get(String pathOrUrl) {
		return get(pathOrUrl, Map.of());
	}

	public HttpResponse<String> get(String pathOrUrl, Map<String, String> headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(resolve(pathOrUrl)).GET();
		headers.forEach(request::header);
		return send(request);
	}

	/** Parses a response body as JSON. */
	public static JsonNode json(HttpResponse<String> response) {
		return JSON.readTree(response.body());
	}

	/** Returns the query parameters of a URL, decoded. */
	public static Map<String, String> queryOf(String url) {
		Map<String, String> parameters = new LinkedHashMap<>();
		String query = URI.create(url).getRawQuery();
		if (query == null) {
			return parameters;
		}
		for (String pair : query.split("&")) {
			String[] nameAndValue = pair.split("=", 2);
			parameters.put(decode(nameAndValue[0]), (nameAndValue.length > 1) ? decode(nameAndValue[1]) : "");
		}
		return parameters;
	}

	public URI resolve(String pathOrUrl) {
		return pathOrUrl.startsWith("http") ? URI.create(pathOrUrl) : this.base.resolve(pathOrUrl);
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return this.http.send(request.timeout(Duration.ofSeconds(30)).build(),
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

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static String decode(String value) {
		return URLDecoder.decode(value, StandardCharsets.UTF_8);
	}

}
