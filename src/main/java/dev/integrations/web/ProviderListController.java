package dev.integrations.web;

import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.integrations.provider.IntegrationRegistry;

/** Lists the providers this service serves, so that a page can build its choice of integrations. */
@RestController
class ProviderListController {

	private final IntegrationRegistry registry;

	ProviderListController(IntegrationRegistry registry) {
		this.registry = registry;
	}

	/** Returns every registered provider, ordered by name, with whether it is a stand-in or configured. */
	@GetMapping(path = "/integrations", produces = MediaType.APPLICATION_JSON_VALUE)
	List<ProviderSummary> providers() {
		return this.registry.registrations().stream().map(ProviderSummary::of).toList();
	}

}
