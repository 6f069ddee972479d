package dev.integrations.web;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.integrations.provider.IntegrationRegistry;

/** The service's liveness routes. */
@RestController
class StatusController {

	private final IntegrationRegistry registry;

	private final Clock clock;

	StatusController(IntegrationRegistry registry, Clock clock) {
		this.registry = registry;
		this.clock = clock;
	}

	/** Returns the status, the time and which integrations are served, stand-ins included. */
	@GetMapping(path = "/", produces = "application/json")
	Map<String, Object> status() {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("status", "running");
		body.put("timestamp", Instant.now(this.clock).toString());
		body.put("integrations", this.registry.names());
		body.put("sandbox", this.registry.sandboxNames());
		return body;
	}

	@GetMapping(path = "/healthcheck", produces = "application/json")
	Map<String, String> healthcheck() {
		return Map.of("status", "ok");
	}

}
