package dev.integrations.sandbox;

import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Renders the stand-ins' consent and error pages. The consent form carries only the random consent
 * id; the state, redirect URI and code challenge stay on the server.
 */
@Component
@ConditionalOnSandbox
class SandboxPages {

	private static final String STYLE = """
			body { font-family: system-ui, sans-serif; margin: 0; display: grid; place-items: center;
			  min-height: 100vh; background: #fff8e1; color: #1f2328; }
			main { max-width: 34rem; padding: 2rem; background: #fff; border: 3px dashed #b26a00;
			  border-radius: 12px; }
			.badge { display: inline-block; padding: .2rem .6rem; background: #b26a00; color: #fff;
			  font-weight: 700; letter-spacing: .08em; border-radius: 4px; }
			h1 { font-size: 1.3rem; } code { background: #f3f3f3; padding: 0 .25rem; }
			button { font-size: 1rem; padding: .5rem 1.4rem; margin-right: .75rem; border-radius: 6px; border: 1px solid #888; cursor: pointer; }
			#approve { background: #1a7f37; color: #fff; border-color: #1a7f37; }
			""";

	String consent(String provider, AuthorizationRequest request, String consentId, String formAction) {
		String body = """
				<p class="badge">SANDBOX</p>
				<h1>%1$s (sandbox stand-in): allow access?</h1>
				<p>The application with client id <code id="client-id">%2$s</code> asks for access to a made-up
				%1$s account. No real %1$s account is involved.</p>
				<p>Scopes:</p>
				<ul id="scopes">%3$s</ul>
				<form method="post" action="%4$s">
				<input type="hidden" name="consent" value="%5$s">
				<button id="approve" type="submit" name="decision" value="allow">Allow</button>
				<button id="deny" type="submit" name="decision" value="deny">Deny</button>
				</form>
				""".formatted(escape(provider), escape(request.clientId()), scopeItems(request), escape(formAction),
				escape(consentId));
		return page("SANDBOX " + provider + ": allow access?", body);
	}

	String error(String provider, String message) {
		String body = """
				<p class="badge">SANDBOX</p>
				<h1 id="title">%s (sandbox stand-in): request rejected</h1>
				<p id="message">%s</p>
				""".formatted(escape(provider), escape(message));
		return page("SANDBOX " + provider + ": error", body);
	}

	private static String scopeItems(AuthorizationRequest request) {
		if (request.scopes().isEmpty()) {
			return "<li>none: this provider takes no scopes; the sandbox shares all of its pages</li>";
		}
		return request.scopes().stream().map((scope) -> "<li><code>" + escape(scope) + "</code></li>")
			.collect(Collectors.joining());
	}

	private static String page(String title, String body) {
		return """
				<!doctype html>
				<html lang="en">
				<head>
				<meta charset="utf-8">
				<meta name="viewport" content="width=device-width, initial-scale=1">
				<title>%s</title>
				<style>
				%s</style>
				</head>
				<body>
				<main>
				%s</main>
				</body>
				</html>
				""".formatted(escape(title), STYLE, body);
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

}
