package dev.integrations.sandbox.hubspot;

import java.net.URI;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import dev.integrations.sandbox.AuthorizationException;
import dev.integrations.sandbox.AuthorizationParameters;
import dev.integrations.sandbox.AuthorizationRequest;
import dev.integrations.sandbox.AuthorizationRules;
import dev.integrations.sandbox.ConditionalOnSandbox;

/**
 * HubSpot's authorization parameters (https://developers.hubspot.com/docs/api/oauth-quickstart-guide):
 * the {@code scope} set must equal the app's required scopes exactly, {@code oauth} included, or
 * HubSpot shows its own error page instead of redirecting. HubSpot's documented URL carries no
 * {@code response_type}, so the stand-in accepts it absent, but only as {@code code} when present.
 */
@Component
@ConditionalOnSandbox
class HubSpotAuthorizationRules implements AuthorizationRules {

	/** The required scopes of the sandbox HubSpot app. */
	static final Set<String> REQUIRED_SCOPES = Set.of("oauth", "crm.objects.contacts.read",
			"crm.objects.companies.read", "crm.objects.deals.read");

	@Override
	public String provider() {
		return "hubspot";
	}

	@Override
	public String displayName() {
		return "HubSpot";
	}

	@Override
	public String authorizationPath() {
		return "/oauth/authorize";
	}

	@Override
	public boolean responseTypeOptional() {
		return true;
	}

	/**
	 * NOTE: {@code optional_scope} is accepted but never granted; the sandbox account's tokens carry
	 * only the required scopes.
	 */
	@Override
	public AuthorizationRequest validate(AuthorizationParameters parameters, String clientId, URI redirectUri) {
		String scope = parameters.get("scope");
		List<String> scopes = (scope != null) ? AuthorizationParameters.spaceSeparated(scope) : List.of();
		if (scopes.size() != REQUIRED_SCOPES.size() || !Set.copyOf(scopes).equals(REQUIRED_SCOPES)) {
			throw AuthorizationException.page("The scope parameter must list exactly the app's required scopes, "
					+ "separated by spaces: " + String.join(" ", REQUIRED_SCOPES.stream().sorted().toList())
					+ ". HubSpot shows this page, without redirecting, when they differ.");
		}
		return new AuthorizationRequest(provider(), clientId, redirectUri, scopes, parameters.get("state"), null,
				null);
	}

}
