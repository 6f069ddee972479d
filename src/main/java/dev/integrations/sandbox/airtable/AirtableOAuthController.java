package dev.integrations.sandbox.airtable;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.integrations.sandbox.ConditionalOnSandbox;
import dev.integrations.sandbox.ConsentFlow;
import dev.integrations.sandbox.TokenEndpoint;
import tools.jackson.databind.node.ObjectNode;

/** Airtable's OAuth endpoints under the stand-in's base, on the paths of {@code https://airtable.com}. */
@RestController
@ConditionalOnSandbox
@RequestMapping("/sandbox/airtable/oauth2/v1")
class AirtableOAuthController {

	private final ConsentFlow consent;

	private final TokenEndpoint tokens;

	private final AirtableAuthorizationRules authorizationRules;

	private final AirtableTokenRules tokenRules;

	AirtableOAuthController(ConsentFlow consent, TokenEndpoint tokens, AirtableAuthorizationRules authorizationRules,
			AirtableTokenRules tokenRules) {
		this.consent = consent;
		this.tokens = tokens;
		this.authorizationRules = authorizationRules;
		this.tokenRules = tokenRules;
	}

	@GetMapping("/authorize")
	ResponseEntity<String> authorize(HttpServletRequest request) {
		return this.consent.authorize(this.authorizationRules, request);
	}

	@PostMapping("/authorize")
	ResponseEntity<String> decide(HttpServletRequest request) {
		return this.consent.decide(this.authorizationRules, request);
	}

	@PostMapping("/token")
	ResponseEntity<ObjectNode> token(HttpServletRequest request) throws IOException {
		return this.tokens.handle(this.tokenRules, request);
	}

}
