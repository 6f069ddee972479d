package dev.integrations.connect;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.nimbusds.common.contenttype.ContentType;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.AuthorizationGrant;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.RefreshTokenGrant;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.auth.ClientAuthentication;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.ClientSecretPost;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.oauth2.sdk.token.RefreshToken;

import org.springframework.stereotype.Component;

import dev.integrations.provider.ProviderDescriptor;
import dev.integrations.provider.ProviderHttp;
import dev.integrations.provider.ProviderRegistration;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Calls a provider's token endpoint (RFC 6749, sections 4.1.3 and 6) with the client authentication
 * and body format its descriptor names. Nimbus builds and parses the OAuth messages; a JSON body is
 * the same parameters as string members, which is what Notion expects.
 */
@Component
class TokenClient {

	private final ProviderHttp http;

	private final TokenResponses responses;

	private final JsonMapper json;

	TokenClient(ProviderHttp http, JsonMapper json, Clock clock) {
		this.http = http;
		this.json = json;
		this.responses = new TokenResponses(json, clock);
	}

	/** Exchanges an authorization code for credentials. The code is never sent twice. */
	ObjectNode exchangeCode(ProviderRegistration registration, String code, URI redirectUri, String codeVerifier) {
		CodeVerifier verifier = (codeVerifier != null) ? new CodeVerifier(codeVerifier) : null;
		AuthorizationGrant grant = new AuthorizationCodeGrant(new AuthorizationCode(code), redirectUri, verifier);
		return request(registration, grant);
	}

	/** Trades a refresh token for fresh credentials. */
	ObjectNode refresh(ProviderRegistration registration, String refreshToken) {
		return request(registration, new RefreshTokenGrant(new RefreshToken(refreshToken)));
	}

	private ObjectNode request(ProviderRegistration registration, AuthorizationGrant grant) {
		HTTPRequest request = new TokenRequest.Builder(registration.tokenUri(), clientAuthentication(registration),
				grant).build().toHTTPRequest();
		if (registration.descriptor().tokenRequestFormat() == ProviderDescriptor.TokenRequestFormat.JSON) {
			convertBodyToJson(request);
		}
		HTTPResponse response = send(registration, request);
		return this.responses.read(registration.displayName(), response);
	}

	private static ClientAuthentication clientAuthentication(ProviderRegistration registration) {
		ClientID clientId = new ClientID(registration.clientId());
		Secret secret = new Secret(registration.clientSecret());
		return switch (registration.descriptor().clientAuthentication()) {
			case CLIENT_SECRET_BASIC -> new ClientSecretBasic(clientId, secret);
			case CLIENT_SECRET_POST -> new ClientSecretPost(clientId, secret);
		};
	}

	private void convertBodyToJson(HTTPRequest request) {
		try {
			Map<String, List<String>> form = request.getBodyAsFormParameters();
			Map<String, String> members = new LinkedHashMap<>();
			form.forEach((name, values) -> members.put(name, values.getFirst()));
			request.setEntityContentType(ContentType.APPLICATION_JSON);
			request.setBody(this.json.writeValueAsString(members));
		}
		catch (ParseException ex) {
			throw new IllegalStateException("Nimbus built a token request body that is not a form", ex);
		}
	}

	private HTTPResponse send(ProviderRegistration registration, HTTPRequest request) {
		try {
			return request.send(new RestClientHttpSender(this.http.tokenEndpointClient(registration)));
		}
		catch (IOException ex) {
			throw new TokenExchangeException(registration.displayName(), TokenExchangeException.Reason.UNREACHABLE,
					null, null, registration.displayName() + "'s token endpoint could not be reached or did not "
							+ "answer in time",
					ex);
		}
	}

}
