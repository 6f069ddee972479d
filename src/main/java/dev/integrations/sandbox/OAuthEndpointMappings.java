package dev.integrations.sandbox;

import java.io.IOException;
import java.lang.reflect.Method;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.util.ReflectionUtils;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import tools.jackson.databind.node.ObjectNode;

/**
 * Maps each stand-in's OAuth endpoints from its rules, so that a provider declares its paths as
 * data instead of in a controller of its own: {@code GET} of the authorization path shows the
 * consent page, {@code POST} of it takes the decision, and {@code POST} of each token path reaches
 * the shared token endpoint. Everything lives under {@code /sandbox/{provider}}.
 */
@Component
@ConditionalOnSandbox
class OAuthEndpointMappings {

	private static final Method AUTHORIZE = method(AuthorizationHandler.class, "authorize");

	private static final Method DECIDE = method(AuthorizationHandler.class, "decide");

	private static final Method TOKEN = method(TokenHandler.class, "token");

	OAuthEndpointMappings(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings,
			List<AuthorizationRules> authorizationRules, List<TokenRules> tokenRules, ConsentFlow consent,
			TokenEndpoint tokens) {
		RequestMappingInfo.BuilderConfiguration options = mappings.getBuilderConfiguration();
		for (AuthorizationRules rules : authorizationRules) {
			String path = "/sandbox/" + rules.provider() + rules.authorizationPath();
			AuthorizationHandler handler = new AuthorizationHandler(rules, consent);
			mappings.registerMapping(mapping(path, RequestMethod.GET, options), handler, AUTHORIZE);
			mappings.registerMapping(mapping(path, RequestMethod.POST, options), handler, DECIDE);
		}
		for (TokenRules rules : tokenRules) {
			TokenHandler handler = new TokenHandler(rules, tokens);
			for (String tokenPath : rules.tokenPaths()) {
				String path = "/sandbox/" + rules.provider() + tokenPath;
				mappings.registerMapping(mapping(path, RequestMethod.POST, options), handler, TOKEN);
			}
		}
	}

	private static RequestMappingInfo mapping(String path, RequestMethod method,
			RequestMappingInfo.BuilderConfiguration options) {
		return RequestMappingInfo.paths(path).methods(method).options(options).build();
	}

	private static Method method(Class<?> type, String name) {
		Method method = ReflectionUtils.findMethod(type, name, HttpServletRequest.class);
		if (method == null) {
			throw new IllegalStateException(type.getSimpleName() + " has no method " + name);
		}
		return method;
	}

	/** The authorization endpoint of one stand-in. */
	record AuthorizationHandler(AuthorizationRules rules, ConsentFlow consent) {

		public ResponseEntity<String> authorize(HttpServletRequest request) {
			return this.consent.authorize(this.rules, request);
		}

		public ResponseEntity<String> decide(HttpServletRequest request) {
			return this.consent.decide(this.rules, request);
		}

	}

	/** The token endpoint of one stand-in. */
	record TokenHandler(TokenRules rules, TokenEndpoint tokens) {

		public ResponseEntity<ObjectNode> token(HttpServletRequest request) throws IOException {
			return this.tokens.handle(this.rules, request);
		}

	}

}
