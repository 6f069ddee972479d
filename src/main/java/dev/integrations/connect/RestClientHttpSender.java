package dev.integrations.connect;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.http.HTTPRequestSender;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.http.ReadOnlyHTTPRequest;
import com.nimbusds.oauth2.sdk.http.ReadOnlyHTTPResponse;

import org.springframework.http.HttpMethod;
import org.springframework.util.StreamUtils;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/**
 * Sends Nimbus OAuth requests through a Spring {@link RestClient}, so that token calls get the same
 * timeouts, logging and metrics as every other provider call.
 */
final class RestClientHttpSender implements HTTPRequestSender {

	private final RestClient client;

	RestClientHttpSender(RestClient client) {
		this.client = client;
	}

	@Override
	public ReadOnlyHTTPResponse send(ReadOnlyHTTPRequest request) throws IOException {
		try {
			RestClient.RequestBodySpec spec = this.client.method(HttpMethod.valueOf(request.getMethod().name()))
				.uri(request.getURI())
				.headers((headers) -> request.getHeaderMap().forEach(headers::put));
			if (request.getBody() != null) {
				spec.body(request.getBody());
			}
			return spec.exchange((clientRequest, response) -> toNimbus(response));
		}
		catch (ResourceAccessException ex) {
			throw (ex.getCause() instanceof IOException io) ? io : new IOException(ex.getMessage(), ex);
		}
	}

	private static HTTPResponse toNimbus(RestClient.RequestHeadersSpec.ConvertibleClientHttpResponse response)
			throws IOException {
		HTTPResponse converted = new HTTPResponse(response.getStatusCode().value());
		String contentType = response.getHeaders().getFirst("Content-Type");
		if (contentType != null) {
			try {
				converted.setContentType(contentType);
			}
			catch (ParseException ex) {
				// NOTE: an unparseable Content-Type is dropped; parsing the body then fails as invalid.
			}
		}
		converted.setBody(StreamUtils.copyToString(response.getBody(), StandardCharsets.UTF_8));
		return converted;
	}

}
