package dev.integrations.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import dev.integrations.IntegrationsProperties;

/**
 * Web MVC settings: the logging context of every flow, and CORS for pages on
 * {@code integrations.allowed-origins}.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	private final IntegrationsProperties properties;

	WebConfiguration(IntegrationsProperties properties) {
		this.properties = properties;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new FlowContextInterceptor()).addPathPatterns("/integrations/**");
	}

	@Override
	public void addCorsMappings(CorsRegistry registry) {
		registry.addMapping("/integrations/**")
			.allowedOrigins(this.properties.allowedOrigins().toArray(String[]::new))
			.allowedMethods("GET", "POST");
	}

}
