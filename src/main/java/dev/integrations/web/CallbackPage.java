package dev.integrations.web;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import dev.integrations.IntegrationsProperties;
import dev.integrations.connect.CallbackResult;
import tools.jackson.databind.json.JsonMapper;

/**
 * Renders the page shown in the popup after the provider redirects back. It shows the person what
 * happened, reports the outcome (never a code or token) to the page that opened the popup, and
 * closes itself, unless a transient failure left a retry in this window. The outcome goes out
 * twice. The script posts it to each origin of
 * {@link OpenerOrigins} with {@code postMessage}, and sends it on the {@code BroadcastChannel}
 * {@value #MESSAGE_SOURCE}, which still reaches a page on this service's origin after a provider's
 * {@code Cross-Origin-Opener-Policy} has cut the popup off from its opener.
 */
@Component
class CallbackPage {

	/** Value of the message's {@code source} member and name of the broadcast channel. */
	static final String MESSAGE_SOURCE = "integrations-oauth-callback";

	/** Delay before the popup closes after a connection or a cancelled consent. */
	static final Duration SHORT_CLOSE_DELAY = Duration.ofSeconds(1);

	/** Delay before the popup closes after an error, long enough to read the message. */
	static final Duration LONG_CLOSE_DELAY = Duration.ofSeconds(6);

	private final JsonMapper json;

	private final List<String> openerOrigins;

	private final SecureRandom random = new SecureRandom();

	CallbackPage(JsonMapper json, IntegrationsProperties properties) {
		this.json = json;
		this.openerOrigins = OpenerOrigins.of(properties);
	}

	/** Renders the page for the result, with a fresh nonce for its inline script and style. */
	RenderedPage render(CallbackResult result) {
		String nonce = newNonce();
		String title = titleOf(result.outcome());
		String html = """
				<!doctype html>
				<html lang="en">
				<head>
				<meta charset="utf-8">
				<meta name="viewport" content="width=device-width, initial-scale=1">
				<title>%1$s</title>
				<style nonce="%2$s">
				body { font-family: system-ui, sans-serif; margin: 0; display: grid; place-items: center; min-height: 100vh; background: #f5f6f8; color: #1f2328; }
				main { max-width: 32rem; padding: 2rem; background: #fff; border-radius: 12px; box-shadow: 0 1px 4px rgba(0,0,0,.12); }
				h1 { font-size: 1.25rem; margin: 0 0 .75rem; }
				h1.ok { color: #1a7f37; } h1.cancelled { color: #59636e; } h1.error { color: #cf222e; }
				button { font: inherit; padding: .4rem 1.2rem; border-radius: 6px; border: 1px solid #888; background: #fff; cursor: pointer; }
				</style>
				</head>
				<body>
				<main>
				<h1 id="title" class="%3$s">%4$s</h1>
				<p id="message">%5$s</p>
				%10$s<button id="close" type="button">Close window</button>
				</main>
				<script nonce="%2$s">
				(function () {
				  var message = %6$s;
				  var targetOrigins = %7$s;
				  var retry = document.getElementById("retry");
				  document.getElementById("close").addEventListener("click", function () { window.close(); });
				  if (retry) {
				    retry.addEventListener("click", function () { window.location.reload(); });
				    return;
				  }
				  if (window.opener && !window.opener.closed) {
				    try {
				      var openerOrigin = window.opener.location.origin;
				      if (targetOrigins.indexOf(openerOrigin) >= 0) { targetOrigins = [openerOrigin]; }
				    } catch (e) { /* an opener on another origin cannot be read, so each configured origin is tried */ }
				    targetOrigins.forEach(function (origin) {
				      try { window.opener.postMessage(message, origin); } catch (e) { /* skip an origin the browser rejects */ }
				    });
				  }
				  if (typeof BroadcastChannel === "function") {
				    try {
				      var channel = new BroadcastChannel(%8$s);
				      channel.postMessage(message);
				      channel.close();
				    } catch (e) { /* a reachable opener already has the message */ }
				  }
				  setTimeout(function () { window.close(); }, %9$d);
				})();
				</script>
				</body>
				</html>
				""".formatted(escape(documentTitle(title, result)), nonce, styleClassOf(result.outcome()), escape(title),
				escape(result.message()), scriptJson(messageOf(result)), scriptJson(this.openerOrigins),
				scriptJson(MESSAGE_SOURCE), closeDelay(result.outcome()).toMillis(), retryButton(result));
		return new RenderedPage(html, contentSecurityPolicy(nonce));
	}

	/**
	 * Returns the retry button of a result that can still finish, or nothing. Such a page neither
	 * reports nor closes, because the attempt is not over while the person can retry here.
	 */
	private static String retryButton(CallbackResult result) {
		return result.retryable() ? "<button id=\"retry\" type=\"button\">Try again</button>\n" : "";
	}

	private static String titleOf(CallbackResult.Outcome outcome) {
		return switch (outcome) {
			case CONNECTED -> "Connected";
			case DENIED -> "Cancelled";
			case FAILED -> "Connection failed";
			case INVALID -> "Sign-in not completed";
		};
	}

	private static String styleClassOf(CallbackResult.Outcome outcome) {
		return switch (outcome) {
			case CONNECTED -> "ok";
			case DENIED -> "cancelled";
			case FAILED, INVALID -> "error";
		};
	}

	private static String documentTitle(String title, CallbackResult result) {
		return (result.provider() != null) ? result.provider() + ": " + title : title;
	}

	private static Duration closeDelay(CallbackResult.Outcome outcome) {
		return switch (outcome) {
			case CONNECTED, DENIED -> SHORT_CLOSE_DELAY;
			case FAILED, INVALID -> LONG_CLOSE_DELAY;
		};
	}

	private static Map<String, Object> messageOf(CallbackResult result) {
		Map<String, Object> message = new LinkedHashMap<>();
		message.put("source", MESSAGE_SOURCE);
		message.put("provider", result.provider());
		message.put("outcome", result.outcome().name().toLowerCase());
		message.put("message", result.message());
		return message;
	}

	/** Serializes a value for an inline script, escaping what could end the script element. */
	private String scriptJson(Object value) {
		return this.json.writeValueAsString(value)
			.replace("<", "\\u003c")
			.replace(">", "\\u003e")
			.replace("&", "\\u0026")
			.replace("\u2028", "\\u2028")
			.replace("\u2029", "\\u2029");
	}

	/** Returns 128 random bits in Base64, the minimum that MDN's page on the nonce attribute gives. */
	private String newNonce() {
		byte[] bytes = new byte[16];
		this.random.nextBytes(bytes);
		return Base64.getEncoder().encodeToString(bytes);
	}

	/**
	 * Returns a policy that runs only this response's own inline script and style. Because
	 * {@code default-src} does not cover them, it also forbids {@code <base>}, form posts and framing.
	 */
	private static String contentSecurityPolicy(String nonce) {
		return "default-src 'none'; script-src 'nonce-" + nonce + "'; style-src 'nonce-" + nonce
				+ "'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

	/**
	 * A rendered callback page.
	 *
	 * @param html the page
	 * @param contentSecurityPolicy value of the {@code Content-Security-Policy} header that must go with it
	 */
	record RenderedPage(String html, String contentSecurityPolicy) {
	}

}
