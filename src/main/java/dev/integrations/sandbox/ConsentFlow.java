package dev.integrations.sandbox;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

import dev.integrations.IntegrationsProperties;

/**
 * The authorization endpoint every stand-in shares: checks the request, shows the consent page and
 * turns the person's decision into a redirect (RFC 6749, sections 4.1.1 and 4.1.2). A wrong client
 * id or redirect URI gets an error page, because redirecting to an unverified URI would be unsafe.
 */
@Component
@ConditionalOnSandbox
public class ConsentFlow {

	private static final Logger logger = LoggerFactory.getLogger(ConsentFlow.class);

	private final SandboxClients clients;

	private final IntegrationsProperties properties;

	private final ConsentBook consents;

	private final AuthorizationCodeBook codes;

	private final SandboxPages pages;

	private final IsolatedConsent isolation;

	ConsentFlow(SandboxClients clients, IntegrationsProperties properties, ConsentBook consents,
			AuthorizationCodeBook codes, SandboxPages pages, IsolatedConsent isolation) {
		this.clients = clients;
		this.properties = properties;
		this.consents = consents;
		this.codes = codes;
		this.pages = pages;
		this.isolation = isolation;
	}

	/** Handles a GET of the authorization endpoint and returns the consent page or an error. */
	public ResponseEntity<String> authorize(AuthorizationRules rules, HttpServletRequest request) {
		AuthorizationParameters parameters = AuthorizationParameters.from(request);
		String clientId;
		URI redirectUri;
		try {
			clientId = requireClientId(rules, parameters);
			redirectUri = requireRedirectUri(rules, parameters);
		}
		catch (AuthorizationException ex) {
			logger.info("Sandbox {}: authorization request rejected without redirect: {}", rules.displayName(),
					LogValues.printable(ex.getMessage()));
			return errorPage(rules, HttpStatus.BAD_REQUEST, ex.getMessage());
		}
		try {
			AuthorizationRequest accepted = validate(rules, parameters, clientId, redirectUri);
			String consentId = this.consents.open(accepted);
			logger.info("Sandbox {}: consent page shown to client {} for scopes {}", rules.displayName(), clientId,
					accepted.scopes());
			return html(rules, HttpStatus.OK, this.pages.consent(rules.displayName(), accepted, consentId,
					request.getRequestURI()));
		}
		catch (AuthorizationException ex) {
			logger.info("Sandbox {}: authorization request rejected with {}: {}", rules.displayName(), ex.getError(),
					LogValues.printable(ex.getMessage()));
			if (!ex.isRedirect()) {
				return errorPage(rules, HttpStatus.BAD_REQUEST, ex.getMessage());
			}
			return redirect(redirectUri, errorParameters(ex.getError(), ex.getMessage(), parameters.get("state")));
		}
	}

	/** Handles the consent form's POST and redirects with a code on approval, or with an error on denial. */
	public ResponseEntity<String> decide(AuthorizationRules rules, HttpServletRequest request) {
		String decision = request.getParameter("decision");
		if (!"allow".equals(decision) && !"deny".equals(decision)) {
			logger.info("Sandbox {}: consent form rejected: the decision is neither allow nor deny",
					rules.displayName());
			return errorPage(rules, HttpStatus.BAD_REQUEST, "The decision must be allow or deny.");
		}
		Optional<AuthorizationRequest> pending = this.consents.close(rules.provider(), request.getParameter("consent"));
		if (pending.isEmpty()) {
			logger.info("Sandbox {}: consent form rejected: the consent id is unknown, expired or used",
					rules.displayName());
			return errorPage(rules, HttpStatus.BAD_REQUEST, "This consent page is unknown, expired or was already "
					+ "submitted. Start the connection again.");
		}
		AuthorizationRequest approved = pending.get();
		if ("deny".equals(decision)) {
			logger.info("Sandbox {}: consent denied for client {}", rules.displayName(), approved.clientId());
			return redirect(approved.redirectUri(), errorParameters("access_denied",
					"The user denied access to the sandbox " + rules.displayName() + " account.", approved.state()));
		}
		logger.info("Sandbox {}: consent granted to client {}; authorization code issued", rules.displayName(),
				approved.clientId());
		return redirect(approved.redirectUri(), approvalParameters(rules, approved, this.codes.issue(approved)));
	}

	private String requireClientId(AuthorizationRules rules, AuthorizationParameters parameters) {
		String clientId = parameters.get("client_id");
		String expected = this.clients.clientFor(rules.provider()).clientId();
		if (!expected.equals(clientId)) {
			throw AuthorizationException.page("The client_id is missing, repeated or unknown. The sandbox "
					+ rules.displayName() + " accepts only " + expected + ".");
		}
		return clientId;
	}

	private URI requireRedirectUri(AuthorizationRules rules, AuthorizationParameters parameters) {
		String redirectUri = parameters.get("redirect_uri");
		URI expected = this.properties.redirectUri(rules.provider());
		if (!expected.toString().equals(redirectUri)) {
			throw AuthorizationException.page("The redirect_uri is missing, repeated or not registered. The sandbox "
					+ rules.displayName() + " accepts only " + expected + ".");
		}
		return expected;
	}

	private static AuthorizationRequest validate(AuthorizationRules rules, AuthorizationParameters parameters,
			String clientId, URI redirectUri) {
		if (!parameters.repeated().isEmpty()) {
			throw AuthorizationException.redirect("invalid_request",
					"These parameters are repeated: " + String.join(", ", parameters.repeated()) + ".");
		}
		String responseType = parameters.get("response_type");
		boolean absentAllowed = responseType == null && rules.responseTypeOptional();
		if (!absentAllowed && !"code".equals(responseType)) {
			throw AuthorizationException.redirect("unsupported_response_type", "The response_type must be code.");
		}
		return rules.validate(parameters, clientId, redirectUri);
	}

	private static Map<String, String> approvalParameters(AuthorizationRules rules, AuthorizationRequest approved,
			String code) {
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put("code", code);
		parameters.put("state", approved.state());
		parameters.putAll(rules.approvalParameters(approved));
		return parameters;
	}

	private static Map<String, String> errorParameters(String error, String description, String state) {
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put("error", error);
		parameters.put("error_description", description);
		parameters.put("state", state);
		return parameters;
	}

	/** Adds each non-null parameter to the redirect URI, encoding every character outside RFC 3986's unreserved set. */
	private static ResponseEntity<String> redirect(URI redirectUri, Map<String, String> parameters) {
		UriComponentsBuilder location = UriComponentsBuilder.fromUri(redirectUri);
		parameters.forEach((name, value) -> {
			if (value != null) {
				location.queryParam(name, UriUtils.encode(value, StandardCharsets.UTF_8));
			}
		});
		return ResponseEntity.status(HttpStatus.FOUND)
			.location(location.build(true).toUri())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.build();
	}

	private ResponseEntity<String> errorPage(AuthorizationRules rules, HttpStatus status, String message) {
		return html(rules, status, this.pages.error(rules.displayName(), message));
	}

	private ResponseEntity<String> html(AuthorizationRules rules, HttpStatus status, String body) {
		ResponseEntity.BodyBuilder response = ResponseEntity.status(status)
			.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.header("X-Frame-Options", "DENY")
			.header("Referrer-Policy", "no-referrer");
		return this.isolation.apply(rules.provider(), response).body(body);
	}

}
