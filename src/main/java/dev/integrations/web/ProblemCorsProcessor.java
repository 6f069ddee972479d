package dev.integrations.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.cors.DefaultCorsProcessor;
import org.springframework.web.servlet.handler.AbstractHandlerMapping;

/**
 * Rejects a cross-origin request from an origin that is not allowed with a problem detail, like
 * every other error of the API, in place of Spring's plain-text "Invalid CORS request".
 */
class ProblemCorsProcessor extends DefaultCorsProcessor {

	private static final Logger logger = LoggerFactory.getLogger(ProblemCorsProcessor.class);

	static final String BODY = """
			{"type":"about:blank","title":"Forbidden","status":403,"code":"origin_not_allowed",\
			"detail":"This page's origin may not call the API; add it to integrations.allowed-origins."}""";

	@Override
	protected void rejectRequest(ServerHttpResponse response) throws IOException {
		logger.info("Request rejected: its Origin is not in integrations.allowed-origins");
		response.setStatusCode(HttpStatus.FORBIDDEN);
		response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		response.getBody().write(BODY.getBytes(StandardCharsets.UTF_8));
		response.flush();
	}

	/** Installs the processor on every handler mapping, where Spring applies CORS. */
	@Component
	static class Installer implements BeanPostProcessor {

		@Override
		public Object postProcessAfterInitialization(Object bean, String beanName) {
			if (bean instanceof AbstractHandlerMapping mapping) {
				mapping.setCorsProcessor(new ProblemCorsProcessor());
			}
			return bean;
		}

	}

}
