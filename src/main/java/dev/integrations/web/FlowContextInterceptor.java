package dev.integrations.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

import dev.integrations.logging.FlowContext;

/**
 * Opens the logging context of every {@code /integrations/{provider}/...} request before its handler
 * runs and closes it after the response, so that the lines of error handlers carry it too.
 * Handlers add the user and organization once they have checked them.
 */
class FlowContextInterceptor implements HandlerInterceptor {

	private static final String CONTEXT_ATTRIBUTE = FlowContextInterceptor.class.getName() + ".context";

	/** Operation names by the last path segment of the route. */
	private static final Map<String, String> OPERATIONS = Map.of("authorize", "authorize", "oauth2callback",
			"callback", "credentials", "credentials", "refresh", "refresh", "load", "load", "get_hubspot_items",
			"load");

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		String[] segments = request.getRequestURI().split("/");
		if (segments.length == 4 && "integrations".equals(segments[1])) {
			String operation = OPERATIONS.getOrDefault(segments[3], segments[3]);
			request.setAttribute(CONTEXT_ATTRIBUTE, FlowContext.open(provider(request, segments[2]), operation));
		}
		return true;
	}

	@Override
	public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception failure) {
		if (request.getAttribute(CONTEXT_ATTRIBUTE) instanceof FlowContext context) {
			context.close();
		}
	}

	private static String provider(HttpServletRequest request, String fromPath) {
		Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		if (variables instanceof Map<?, ?> map && map.get("provider") instanceof String provider) {
			return provider;
		}
		return fromPath;
	}

}
