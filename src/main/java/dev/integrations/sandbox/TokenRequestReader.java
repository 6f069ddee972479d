package dev.integrations.sandbox;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.converter.FormHttpMessageConverter;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a token request from the raw body, not from the servlet's parameter map, which would mix
 * in query parameters: the stand-ins accept parameters in the body only.
 */
@Component
@ConditionalOnSandbox
class TokenRequestReader {

	private static final int MAX_BODY_BYTES = 64 * 1024;

	private final JsonMapper json;

	private final FormHttpMessageConverter forms = new FormHttpMessageConverter();

	TokenRequestReader(JsonMapper json) {
		this.json = json;
	}

	ReceivedTokenRequest read(String provider, HttpServletRequest request) throws IOException {
		MediaType mediaType = mediaTypeOf(request.getContentType());
		ReceivedTokenRequest.Format format = formatOf(mediaType);
		String[] basic = basicCredentials(request.getHeader(HttpHeaders.AUTHORIZATION));
		Map<String, String> parameters = new LinkedHashMap<>();
		String problem = readBody(request.getInputStream(), mediaType, format, parameters);
		return new ReceivedTokenRequest(provider, request.getRequestURI(), request.getContentType(), format,
				schemeOf(request.getHeader(HttpHeaders.AUTHORIZATION)), basic[0], basic[1], parameters, problem);
	}

	private String readBody(InputStream in, MediaType mediaType, ReceivedTokenRequest.Format format,
			Map<String, String> parameters) throws IOException {
		byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
		if (body.length > MAX_BODY_BYTES) {
			return "The body is larger than " + MAX_BODY_BYTES + " bytes.";
		}
		return switch (format) {
			case FORM -> readForm(body, mediaType, parameters);
			case JSON -> readJson(body, parameters);
			case OTHER -> "The body is neither application/x-www-form-urlencoded nor application/json.";
		};
	}

	private String readForm(byte[] body, MediaType mediaType, Map<String, String> parameters) throws IOException {
		MultiValueMap<String, String> form;
		try {
			form = this.forms.read(null, message(body, mediaType));
		}
		catch (IllegalArgumentException ex) {
			return "The body is not valid application/x-www-form-urlencoded.";
		}
		String repeated = null;
		for (Map.Entry<String, List<String>> field : form.entrySet()) {
			parameters.put(field.getKey(), field.getValue().getFirst());
			if (field.getValue().size() > 1) {
				repeated = "The parameter " + field.getKey() + " is repeated.";
			}
		}
		return repeated;
	}

	private String readJson(byte[] body, Map<String, String> parameters) {
		JsonNode root;
		try {
			root = this.json.readTree(body);
		}
		catch (JacksonException ex) {
			return "The body is not valid JSON.";
		}
		if (root == null || !root.isObject()) {
			return "The body is not a JSON object.";
		}
		String problem = null;
		for (Map.Entry<String, JsonNode> member : root.properties()) {
			parameters.put(member.getKey(), member.getValue().isString() ? member.getValue().stringValue()
					: member.getValue().toString());
			if (!member.getValue().isString()) {
				problem = "The member " + member.getKey() + " must be a string.";
			}
		}
		return problem;
	}

	private static MediaType mediaTypeOf(String contentType) {
		try {
			return (contentType != null) ? MediaType.parseMediaType(contentType) : null;
		}
		catch (InvalidMediaTypeException ex) {
			return null;
		}
	}

	private static ReceivedTokenRequest.Format formatOf(MediaType mediaType) {
		if (mediaType != null && MediaType.APPLICATION_FORM_URLENCODED.equalsTypeAndSubtype(mediaType)) {
			return ReceivedTokenRequest.Format.FORM;
		}
		if (mediaType != null && MediaType.APPLICATION_JSON.equalsTypeAndSubtype(mediaType)) {
			return ReceivedTokenRequest.Format.JSON;
		}
		return ReceivedTokenRequest.Format.OTHER;
	}

	private static String schemeOf(String authorization) {
		if (authorization == null || authorization.isBlank()) {
			return null;
		}
		return authorization.strip().split(" ", 2)[0];
	}

	/**
	 * Returns the client id and secret of an HTTP Basic header, each form-urlencoded before the
	 * base64 step as RFC 6749, section 2.3.1 requires, or two {@code null}s when the header is absent
	 * or malformed.
	 */
	private static String[] basicCredentials(String authorization) {
		String[] none = { null, null };
		if (authorization == null || !"basic".equalsIgnoreCase(schemeOf(authorization))) {
			return none;
		}
		String[] parts = authorization.strip().split(" +", 2);
		try {
			String decoded = new String(Base64.getDecoder().decode(parts[1]), StandardCharsets.UTF_8);
			int colon = decoded.indexOf(':');
			if (colon < 0) {
				return none;
			}
			return new String[] { URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8),
					URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8) };
		}
		catch (IllegalArgumentException | ArrayIndexOutOfBoundsException ex) {
			return none;
		}
	}

	private static HttpInputMessage message(byte[] body, MediaType mediaType) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(mediaType);
		return new HttpInputMessage() {

			@Override
			public InputStream getBody() {
				return new ByteArrayInputStream(body);
			}

			@Override
			public HttpHeaders getHeaders() {
				return headers;
			}

		};
	}

}
