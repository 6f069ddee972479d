package dev.integrations.web;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.integrations.IntegrationsProperties;

import static org.assertj.core.api.Assertions.assertThat;

/** Reduces configured URLs to the origins that the callback page posts its message to. */
class OpenerOriginsTest {

	@Test
	void publicBaseUrlComesFirst() {
		List<String> origins = OpenerOrigins.of(properties("https://integrations.example.com/base/",
				List.of("http://localhost:3000")));

		assertThat(origins).containsExactly("https://integrations.example.com", "http://localhost:3000");
	}

	@Test
	void duplicateOriginsAreListedOnce() {
		List<String> origins = OpenerOrigins.of(properties("http://localhost:8000",
				List.of("http://LOCALHOST:8000/", "http://localhost:3000", "http://localhost:3000/page")));

		assertThat(origins).containsExactly("http://localhost:8000", "http://localhost:3000");
	}

	@Test
	void wildcardAndPatternsAreSkipped() {
		List<String> origins = OpenerOrigins.of(properties("http://localhost:8000",
				List.of("*", "https://*.example.com", "localhost:3000", "file:///tmp/page.html", " ")));

		assertThat(origins).containsExactly("http://localhost:8000");
	}

	@Test
	void portAndIpv6HostAreKept() {
		assertThat(OpenerOrigins.originOf("https://[::1]:8443/x")).hasValue("https://[::1]:8443");
		assertThat(OpenerOrigins.originOf("https://app.example.com:443")).hasValue("https://app.example.com:443");
		assertThat(OpenerOrigins.originOf(" http://127.0.0.1:5173 ")).hasValue("http://127.0.0.1:5173");
	}

	private static IntegrationsProperties properties(String publicBaseUrl, List<String> allowedOrigins) {
		return new IntegrationsProperties(URI.create(publicBaseUrl), IntegrationsProperties.StoreType.MEMORY,
				Duration.ofMinutes(10), Duration.ofMinutes(10), allowedOrigins,
				new IntegrationsProperties.Sandbox(false, List.of()),
				new IntegrationsProperties.Retry(3, Duration.ofSeconds(2), Duration.ofMillis(5)));
	}

}
