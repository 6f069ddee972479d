package dev.integrations.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import dev.integrations.connect.CallbackResult;
import tools.jackson.databind.json.JsonMapper;

/**
 * Renders the page shown in the popup after the provider redirects back. It shows the person what
 * happened, sends the outcome (never a token) to the page that opened the popup with
 * {@code postMessage}, and closes itself after a successful connection.
 */
@Component
class CallbackPage {

	/** Value of the {@code source} member of the message, so the opener can tell it apart. */
	static final String MESSAGE_SOURCE = "integrations-oauth-callback";

	private final JsonMapper json;

	CallbackPage(JsonMapper json) {
		this.json = json;
	}

	String render(CallbackResult result) {
		String title = titleOf(result);
		boolean close = result.outcome() == CallbackResult.Outcome.CONNECTED;
		return """
				<!doctype html>
				<html lang="en">
				<head>
				<meta charset="utf-8">
				<meta name="viewport" content="width=device-width, initial-scale=1">
				<title>%s</title>
				<style>
				body { font-family: system-ui, sans-serif; margin: 0; display: grid; place-items: center; min-height: 100vh; background: #f5f6f8; color: #1f2328; }
				main { max-width: 32rem; padding: 2rem; background: #fff; border-radius: 12px; box-shadow: 0 1px 4px rgba(0,0,0,.12); }
				h1 { font-size: 1.25rem; margin: 0 0 .75rem; }
				h1.ok { color: #1a7f37; } h1.error { color: #cf222e; }
				</style>
				</head>
				<body>
				<main>
				<h1 id="title" class="%s">%s</h1>
				<p id="message">%s</p>
				</main>
				<script>
				(function () {
				  var outcome = %s;
				  if (window.opener && !window.opener.closed) { window.opener.postMessage(outcome, "*"); }
				  if (%s) { setTimeout(function () { window.close(); }, 300); }
				})();
				</script>
				</body>
				</html>
				""".formatted(escape(title), (close ? "ok" : "error"), escape(title), escape(result.message()),
				scriptJson(result), close);
	}

	private static String titleOf(CallbackResult result) {
		String provider = (result.provider() != null) ? result.provider() : "The integration";
		return switch (result.outcome()) {
			case CONNECTED -> provider + " connected";
			case DENIED -> provider + " access not granted";
			case FAILED -> provider + " connection failed";
			case INVALID -> "Invalid sign-in response";
		};
	}

	/** Serializes the outcome for an inline script, escaping what could end the script element. */
	private String scriptJson(CallbackResult result) {
		Map<String, Object> message = new LinkedHashMap<>();
		message.put("source", MESSAGE_SOURCE);
		message.put("provider", result.provider());
		message.put("outcome", result.outcome().name().toLowerCase());
		message.put("message", result.message());
		return this.json.writeValueAsString(message)
			.replace("<", "\\u003c")
			.replace(">", "\\u003e")
			.replace("&", "\\u0026")
			.replace("\u2028", "\\u2028")
			.replace("\u2029", "\\u2029");
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

}
