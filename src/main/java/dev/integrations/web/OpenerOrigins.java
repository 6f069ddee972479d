package dev.integrations.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.integrations.IntegrationsProperties;

/**
 * The origins of the pages that may open the OAuth popup. They are the origin of
 * {@code integrations.public-base-url} followed by every entry of {@code integrations.allowed-origins},
 * each reduced to {@code scheme://host[:port]} and listed once. The callback page posts its message
 * to each of them by name, never to {@code "*"}.
 */
final class OpenerOrigins {

	private static final Logger logger = LoggerFactory.getLogger(OpenerOrigins.class);

	private OpenerOrigins() {
	}

	/** Returns the origins in configuration order, skipping entries that are not http(s) origins. */
	static List<String> of(IntegrationsProperties properties) {
		Set<String> origins = new LinkedHashSet<>();
		add(origins, "integrations.public-base-url", properties.publicBaseUrl().toString());
		for (String allowed : properties.allowedOrigins()) {
			add(origins, "integrations.allowed-origins", allowed);
		}
		return List.copyOf(origins);
	}

	private static void add(Set<String> origins, String key, String value) {
		Optional<String> origin = originOf(value);
		if (origin.isEmpty()) {
			logger.warn("The {} entry '{}' is not an http or https origin such as https://app.example.com; "
					+ "the callback page does not post its message to it", key, value);
			return;
		}
		origins.add(origin.get());
	}

	/** Returns {@code scheme://host[:port]} of an absolute http(s) URL, in lower case, or empty. */
	static Optional<String> originOf(String value) {
		URI uri;
		try {
			uri = new URI(value.strip());
		}
		catch (URISyntaxException ex) {
			return Optional.empty();
		}
		String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
		boolean http = scheme.equals("http") || scheme.equals("https");
		if (!http || uri.getHost() == null) {
			return Optional.empty();
		}
		String port = (uri.getPort() != -1) ? ":" + uri.getPort() : "";
		return Optional.of(scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + port);
	}

}
