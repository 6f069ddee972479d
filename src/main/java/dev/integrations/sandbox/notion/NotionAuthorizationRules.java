package dev.integrations.sandbox.notion;

import java.net.URI;
import java.util.List;

import org.springframework.stereotype.Component;

import dev.integrations.sandbox.AuthorizationException;
import dev.integrations.sandbox.AuthorizationParameters;
import dev.integrations.sandbox.AuthorizationRequest;
import dev.integrations.sandbox.AuthorizationRules;
import dev.integrations.sandbox.ConditionalOnSandbox;

/**
 * Notion's authorization parameters: {@code owner=user} is required, and there are no scopes
 * because the person picks the shared pages on the consent screen
 * (https://developers.notion.com/docs/authorization). The state is optional and echoed.
 */
@Component
@ConditionalOnSandbox
class NotionAuthorizationRules implements AuthorizationRules {

	@Override
	public String provider() {
		return "notion";
	}

	@Override
	public String displayName() {
		return "Notion";
	}

	@Override
	public String authorizationPath() {
		return "/v1/oauth/authorize";
	}

	@Override
	public AuthorizationRequest validate(AuthorizationParameters parameters, String clientId, URI redirectUri) {
		if (!"user".equals(parameters.get("owner"))) {
			throw AuthorizationException.redirect("invalid_request", "The owner parameter must be user.");
		}
		return new AuthorizationRequest(provider(), clientId, redirectUri, List.of(), parameters.get("state"), null,
				null);
	}

}
