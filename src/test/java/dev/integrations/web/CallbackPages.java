package dev.integrations.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.web.util.HtmlUtils;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads the parts of a rendered callback page that tests check. */
final class CallbackPages {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Pattern TITLE = Pattern.compile("<h1 id=\"title\"[^>]*>([^<]*)</h1>");

	private static final Pattern MESSAGE = Pattern.compile("<p id=\"message\">([^<]*)</p>");

	private static final Pattern CLOSE_DELAY = Pattern.compile("setTimeout\\(function \\(\\) \\{ window\\.close\\(\\); \\}, (\\d+)\\);");

	private CallbackPages() {
	}

	/** Returns the text of the {@code <h1 id="title">} element, unescaped. */
	static String title(String html) {
		return HtmlUtils.htmlUnescape(group(TITLE, html));
	}

	/** Returns the text of the {@code <p id="message">} element as written in the HTML, still escaped. */
	static String message(String html) {
		return group(MESSAGE, html);
	}

	/** Returns the milliseconds after which the script closes the window. */
	static long closeDelayMillis(String html) {
		return Long.parseLong(group(CLOSE_DELAY, html));
	}

	/** Parses the JSON assigned to {@code var <name> = ...;} in the inline script. */
	static JsonNode scriptValue(String html, String name) {
		Pattern assignment = Pattern.compile("var " + Pattern.quote(name) + " = (.+);\n");
		return JSON.readTree(group(assignment, html));
	}

	private static String group(Pattern pattern, String html) {
		Matcher matcher = pattern.matcher(html);
		if (!matcher.find()) {
			throw new AssertionError("No match for " + pattern + " in the page: " + html);
		}
		return matcher.group(1);
	}

}
