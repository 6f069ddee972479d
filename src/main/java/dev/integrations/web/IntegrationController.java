package dev.integrations.web;

import java.net.URI;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.integrations.connect.AuthorizationService;
import dev.integrations.connect.CredentialsService;
import dev.integrations.connect.RefreshService;
import dev.integrations.item.IntegrationItem;
import dev.integrations.load.LoadService;
import dev.integrations.logging.FlowContext;
import dev.integrations.provider.Credentials;
import dev.integrations.provider.IntegrationRegistry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON routes of one integration. Each takes form fields, urlencoded or multipart, and runs in
 * the logging context that {@link FlowContextInterceptor} opens, to which it adds the user once the
 * ids are checked.
 */
@RestController
class IntegrationController {

	private final AuthorizationService authorization;

	private final CredentialsService credentials;

	private final RefreshService refresh;

	private final LoadService load;

	private final FormFields form;

	private final IntegrationRegistry registry;

	IntegrationController(AuthorizationService authorization, CredentialsService credentials,
			RefreshService refresh, LoadService load, FormFields form, IntegrationRegistry registry) {
		this.registry = registry;
		this.authorization = authorization;
		this.credentials = credentials;
		this.refresh = refresh;
		this.load = load;
		this.form = form;
	}

	/** Returns the provider's authorization URL as a JSON string. */
	@PostMapping(path = "/integrations/{provider}/authorize", produces = MediaType.APPLICATION_JSON_VALUE)
	JsonNode authorize(@PathVariable String provider, @RequestParam(name = "user_id", required = false) String userId,
			@RequestParam(name = "org_id", required = false) String orgId) {
		identify(provider, userId, orgId);
		URI url = this.authorization.authorize(provider, userId, orgId);
		return JsonNodeFactory.instance.stringNode(url.toString());
	}

	/** Returns the user's credentials once, then deletes them. */
	@PostMapping(path = "/integrations/{provider}/credentials", produces = MediaType.APPLICATION_JSON_VALUE)
	ObjectNode credentials(@PathVariable String provider,
			@RequestParam(name = "user_id", required = false) String userId,
			@RequestParam(name = "org_id", required = false) String orgId) {
		identify(provider, userId, orgId);
		return this.credentials.take(provider, userId, orgId).toJson();
	}

	/** Returns fresh credentials for credentials that hold a refresh token. */
	@PostMapping(path = "/integrations/{provider}/refresh", produces = MediaType.APPLICATION_JSON_VALUE)
	ObjectNode refresh(@PathVariable String provider,
			@RequestParam(name = "credentials", required = false) String credentials) {
		this.registry.require(provider);
		Credentials parsed = this.form.requireCredentials(credentials);
		return this.refresh.refresh(provider, parsed).toJson();
	}

	/** Returns every item of the connected account. */
	@PostMapping(path = "/integrations/{provider}/load", produces = MediaType.APPLICATION_JSON_VALUE)
	List<IntegrationItem> load(@PathVariable String provider,
			@RequestParam(name = "credentials", required = false) String credentials) {
		this.registry.require(provider);
		Credentials parsed = this.form.requireCredentials(credentials);
		return this.load.load(provider, parsed);
	}

	/** Serves the load route under the name that the original service's HubSpot client used. */
	@PostMapping(path = "/integrations/hubspot/get_hubspot_items", produces = MediaType.APPLICATION_JSON_VALUE)
	List<IntegrationItem> loadHubSpotItems(@RequestParam(name = "credentials", required = false) String credentials) {
		return load("hubspot", credentials);
	}

	/** Checks the provider and the ids, in that order, and adds the ids to the logging context. */
	private void identify(String provider, String userId, String orgId) {
		this.registry.require(provider);
		FlowContext.identify(userId, orgId);
		this.form.requireId("user_id", userId);
		this.form.requireId("org_id", orgId);
	}

}
