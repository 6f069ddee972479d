package dev.integrations.logging;

import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The context of one flow (integration, user_id, org_id, operation), put into the logging MDC so
 * that every log line of the flow carries it. Values are cut to 100 characters and stripped of
 * control characters, so that a caller-chosen id cannot forge log lines.
 */
public final class FlowContext implements AutoCloseable {

	public static final String INTEGRATION = "integration";

	public static final String USER_ID = "user_id";

	public static final String ORG_ID = "org_id";

	public static final String OPERATION = "operation";

	private static final int MAX_VALUE_LENGTH = 100;

	private final Map<String, String> previous;

	private FlowContext(Map<String, String> previous) {
		this.previous = previous;
	}

	/** Opens a context for an operation of one integration; close it to restore the previous one. */
	public static FlowContext open(String integration, String operation) {
		FlowContext context = new FlowContext(MDC.getCopyOfContextMap());
		put(INTEGRATION, integration);
		put(OPERATION, operation);
		return context;
	}

	/** Adds the user and organization, once known, to the open context. */
	public static void identify(String userId, String orgId) {
		put(USER_ID, userId);
		put(ORG_ID, orgId);
	}

	/** Returns the logger of an integration, named {@code integration.<name>}. */
	public static Logger logger(String integration) {
		return LoggerFactory.getLogger("integration." + integration);
	}

	/** Wraps a task so that it runs with the caller's MDC, for work handed to other threads. */
	public static <T> Callable<T> propagate(Supplier<T> task) {
		Map<String, String> context = MDC.getCopyOfContextMap();
		return () -> {
			Map<String, String> before = MDC.getCopyOfContextMap();
			restore(context);
			try {
				return task.get();
			}
			finally {
				restore(before);
			}
		};
	}

	@Override
	public void close() {
		restore(this.previous);
	}

	private static void put(String key, String value) {
		if (value == null) {
			MDC.remove(key);
			return;
		}
		String clean = value.replaceAll("\\p{Cntrl}", "?");
		MDC.put(key, (clean.length() > MAX_VALUE_LENGTH) ? clean.substring(0, MAX_VALUE_LENGTH) + "..." : clean);
	}

	private static void restore(Map<String, String> context) {
		if (context == null) {
			MDC.clear();
		}
		else {
			MDC.setContextMap(context);
		}
	}

}
