package dev.integrations.web;

import java.nio.charset.StandardCharsets;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.integrations.connect.CallbackParameters;
import dev.integrations.connect.CallbackResult;
import dev.integrations.connect.CallbackService;
import dev.integrations.provider.UnknownProviderException;

/**
 * The redirect target of every provider. A person reads the response in the popup, so it is always an
 * HTML page, errors included. The page is never cached, sends no referrer and runs only its own inline
 * script and style, which its {@code Content-Security-Policy} allows by a per-response nonce.
 */
@RestController
class CallbackController {

	private final CallbackService callbacks;

	private final CallbackPage page;

	CallbackController(CallbackService callbacks, CallbackPage page) {
		this.callbacks = callbacks;
		this.page = page;
	}

	@GetMapping(path = "/integrations/{provider}/oauth2callback", produces = MediaType.TEXT_HTML_VALUE)
	ResponseEntity<String> callback(@PathVariable String provider,
			@RequestParam(name = "code", required = false) String code,
			@RequestParam(name = "state", required = false) String state,
			@RequestParam(name = "error", required = false) String error,
			@RequestParam(name = "error_description", required = false) String errorDescription) {
		try {
			CallbackResult result = this.callbacks.handle(provider,
					new CallbackParameters(code, state, error, errorDescription));
			return html(statusOf(result), this.page.render(result));
		}
		catch (UnknownProviderException ex) {
			CallbackResult result = new CallbackResult(CallbackResult.Outcome.INVALID, null, ex.getMessage() + ".");
			return html(HttpStatus.NOT_FOUND, this.page.render(result));
		}
	}

	private static HttpStatus statusOf(CallbackResult result) {
		return switch (result.outcome()) {
			case CONNECTED, DENIED -> HttpStatus.OK;
			case FAILED -> HttpStatus.BAD_GATEWAY;
			case INVALID -> HttpStatus.BAD_REQUEST;
		};
	}

	private static ResponseEntity<String> html(HttpStatus status, CallbackPage.RenderedPage page) {
		return ResponseEntity.status(status)
			.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.header("Referrer-Policy", "no-referrer")
			.header("Content-Security-Policy", page.contentSecurityPolicy())
			.body(page.html());
	}

}
