package dev.integrations.connect;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;

import com.nimbusds.oauth2.sdk.AuthorizationRequest;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import org.slf4j.Logger;

import org.springframework.stereotype.Service;

import dev.integrations.IntegrationsProperties;
import dev.integrations.logging.FlowContext;
import dev.integrations.provider.IntegrationRegistry;
import dev.integrations.provider.ProviderRegistration;
import dev.integrations.store.KeyValueStore;
import tools.jackson.databind.json.JsonMapper;

/**
 * Starts a connection: creates a fresh state and PKCE verifier, stores them under the state value,
 * and builds the provider's authorization URL (RFC 6749, section 4.1.1; RFC 7636). Every call gets
 * its own state, so a second connect attempt leaves the first one usable.
 */
@Service
public class AuthorizationService {

	/** 32 random bytes, base64url-encoded to 43 characters of {@code [A-Za-z0-9_-]}. */
	private static final int STATE_BYTES = 32;

	private final IntegrationRegistry registry;

	private final KeyValueStore store;

	private final IntegrationsProperties properties;

	private final JsonMapper json;

	private final Clock clock;

	AuthorizationService(IntegrationRegistry registry, KeyValueStore store, IntegrationsProperties properties,
			JsonMapper json, Clock clock) {
		this.registry = registry;
		this.store = store;
		this.properties = properties;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * Returns the URL that opens the provider's consent page for this user.
	 * @throws ProviderNotConfiguredException when the provider has no client id
	 */
	public URI authorize(String provider, String userId, String orgId) {
		ProviderRegistration registration = this.registry.require(provider).registration();
		Logger logger = FlowContext.logger(provider);
		requireConfigured(registration);
		State state = new State(STATE_BYTES);
		CodeVerifier verifier = registration.descriptor().pkce() ? new CodeVerifier() : null;
		URI redirectUri = this.properties.redirectUri(provider);
		savePending(state, new PendingAuthorization(provider, userId, orgId,
				(verifier != null) ? verifier.getValue() : null, redirectUri, expiresAt()));
		logger.info("Authorization started; the state expires in {} s{}", this.properties.stateTtl().toSeconds(),
				registration.sandbox() ? " (sandbox stand-in)" : "");
		return authorizationUrl(registration, state, verifier, redirectUri);
	}

	private static void requireConfigured(ProviderRegistration registration) {
		if (!registration.isConfigured()) {
			throw new ProviderNotConfiguredException(registration.name(), registration.displayName());
		}
	}

	private Instant expiresAt() {
		return this.clock.instant().plus(this.properties.stateTtl());
	}

	private void savePending(State state, PendingAuthorization pending) {
		this.store.put(StoreKeys.state(state.getValue()), this.json.writeValueAsString(pending),
				this.properties.stateTtl());
	}

	private static URI authorizationUrl(ProviderRegistration registration, State state, CodeVerifier verifier,
			URI redirectUri) {
		AuthorizationRequest.Builder request = new AuthorizationRequest.Builder(ResponseType.CODE,
				new ClientID(registration.clientId()))
			.endpointURI(registration.authorizationUri())
			.redirectionURI(redirectUri)
			.state(state);
		if (!registration.scopes().isEmpty()) {
			request.scope(new Scope(registration.scopes().toArray(String[]::new)));
		}
		if (verifier != null) {
			request.codeChallenge(verifier, CodeChallengeMethod.S256);
		}
		registration.descriptor().authorizationParameters().forEach(request::customParameter);
		return request.build().toURI();
	}

}
