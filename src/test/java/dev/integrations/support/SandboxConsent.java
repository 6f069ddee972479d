package dev.integrations.support;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Submits a stand-in's consent page the way a person does, with Allow or Deny. */
public final class SandboxConsent {

	private static final Pattern CONSENT_ID = Pattern.compile("name=\"consent\" value=\"([^\"]+)\"");

	private SandboxConsent() {
	}

	/**
	 * Opens the authorization URL, submits the consent form with the decision ({@code allow} or
	 * {@code deny}) and returns the URL the stand-in redirects the browser to.
	 */
	public static URI decide(ApiClient api, String authorizationUrl, String decision) {
		HttpResponse<String> page = api.get(authorizationUrl);
		if (page.statusCode() != 200) {
			throw new AssertionError("The consent page answered " + page.statusCode() + ": " + page.body());
		}
		Matcher consent = CONSENT_ID.matcher(page.body());
		if (!consent.find()) {
			throw new AssertionError("No consent id in the page: " + page.body());
		}
		String endpoint = authorizationUrl.split("\\?")[0];
		HttpResponse<String> redirect = api.postForm(endpoint,
				Map.of("consent", consent.group(1), "decision", decision));
		return URI.create(redirect.headers().firstValue("Location")
			.orElseThrow(() -> new AssertionError("No redirect after consent: " + redirect.body())));
	}

}
