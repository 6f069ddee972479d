package dev.integrations.sandbox;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Logs once, when the application is ready, that stand-ins with made-up data serve requests under {@code /sandbox}. */
@Component
@ConditionalOnSandbox
class SandboxStartupWarning {

	private static final Logger logger = LoggerFactory.getLogger(SandboxStartupWarning.class);

	private final List<AuthorizationRules> standIns;

	private final SandboxRegistrations registrations;

	SandboxStartupWarning(List<AuthorizationRules> standIns, SandboxRegistrations registrations) {
		this.standIns = standIns;
		this.registrations = registrations;
	}

	@EventListener(ApplicationReadyEvent.class)
	void warn() {
		List<String> locations = this.standIns.stream()
			.map((rules) -> rules.displayName() + " at " + this.registrations.baseOf(rules.provider()))
			.toList();
		logger.warn("SANDBOX stand-ins with made-up data and test-only OAuth clients are active: {}. Set "
				+ "integrations.sandbox.enabled=false outside development and tests.", String.join(", ", locations));
	}

}
