package dev.integrations.sandbox.notion;

import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import dev.integrations.sandbox.ConditionalOnSandbox;
import dev.integrations.sandbox.IssuedTokens;
import dev.integrations.sandbox.ReceivedTokenRequest;
import dev.integrations.sandbox.TokenPolicy;
import dev.integrations.sandbox.TokenRequestException;
import dev.integrations.sandbox.TokenRules;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Notion's token endpoint rules (https://developers.notion.com/reference/create-a-token): a JSON
 * body, HTTP Basic client authentication, no {@code expires_in}, and refresh tokens that rotate
 * together with the access token on every refresh.
 */
@Component
@ConditionalOnSandbox
class NotionTokenRules implements TokenRules {

	static final String ACCESS_TOKEN_PREFIX = "sbx-notion-at-";

	/** The sandbox workspace and the person who connects it, the same on every start. */
	static final String WORKSPACE_ID = "5a4d8e2f-1c3b-4e7a-9f60-2b8d4c1e7a93";

	static final String USER_ID = "9c1e4b7a-3d2f-4a68-8e51-7f0b2c9d4e16";

	private static final String BOT_ID = "b7e2c4a1-6f3d-4b8e-a925-1d0c7e3f5b82";

	/** Notion access tokens carry no lifetime, and refresh tokens none either. */
	private static final TokenPolicy POLICY = new TokenPolicy(ACCESS_TOKEN_PREFIX, 32, null, null, true,
			java.time.Duration.ZERO);

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	@Override
	public String provider() {
		return "notion";
	}

	@Override
	public String displayName() {
		return "Notion";
	}

	@Override
	public List<String> tokenPaths() {
		return List.of("/v1/oauth/token");
	}

	@Override
	public ReceivedTokenRequest.Format bodyFormat() {
		return ReceivedTokenRequest.Format.JSON;
	}

	@Override
	public ClientAuthentication clientAuthentication() {
		return ClientAuthentication.BASIC;
	}

	@Override
	public TokenPolicy policy() {
		return POLICY;
	}

	@Override
	public ObjectNode tokenResponse(IssuedTokens tokens, String path) {
		ObjectNode body = NODES.objectNode();
		body.put("access_token", tokens.accessToken());
		body.put("token_type", "bearer");
		body.put("refresh_token", tokens.refreshToken());
		body.put("bot_id", BOT_ID);
		body.put("workspace_name", "Sandbox Workspace — Équipe 🧪");
		body.put("workspace_icon", "🧪");
		body.put("workspace_id", WORKSPACE_ID);
		body.set("owner", owner());
		body.putNull("duplicated_template_id");
		body.put("request_id", UUID.randomUUID().toString());
		return body;
	}

	@Override
	public HttpStatus errorStatus(TokenRequestException rejection) {
		return "invalid_client".equals(rejection.getError()) ? HttpStatus.UNAUTHORIZED : HttpStatus.BAD_REQUEST;
	}

	/** Notion's recorded {@code invalid_client} body has no description, so the stand-in sends none either. */
	@Override
	public ObjectNode errorBody(TokenRequestException rejection) {
		ObjectNode body = NODES.objectNode();
		body.put("error", rejection.getError());
		if (!"invalid_client".equals(rejection.getError())) {
			body.put("error_description", rejection.getMessage());
		}
		body.put("request_id", UUID.randomUUID().toString());
		return body;
	}

	private static ObjectNode owner() {
		ObjectNode owner = NODES.objectNode();
		owner.put("type", "user");
		ObjectNode user = owner.putObject("user");
		user.put("object", "user");
		user.put("id", USER_ID);
		user.put("name", "Dana Sandbox");
		user.putNull("avatar_url");
		user.put("type", "person");
		user.putObject("person").put("email", "dana.sandbox@example.invalid");
		return owner;
	}

}
