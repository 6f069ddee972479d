package dev.integrations.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import dev.integrations.connect.ConnectionFailedException;
import dev.integrations.connect.CredentialsNotFoundException;
import dev.integrations.connect.MissingRefreshTokenException;
import dev.integrations.connect.ProviderNotConfiguredException;
import dev.integrations.connect.TokenExchangeException;
import dev.integrations.load.AccessTokenExpiredException;
import dev.integrations.provider.ProviderException;
import dev.integrations.provider.UnknownProviderException;

/**
 * Maps every exception to an RFC 9457 problem detail with a readable {@code detail} and a stable
 * {@code code}. Caller mistakes get 4xx, provider failures 502 (503 while rate-limited), and only a
 * bug in this service gets 500, whose detail reveals nothing internal.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Logger logger = LoggerFactory.getLogger(ApiExceptionHandler.class);

	@ExceptionHandler
	ResponseEntity<ProblemDetail> invalidField(InvalidFormFieldException ex) {
		logger.info("Request rejected: {}", ex.getMessage());
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, ex.isMissing() ? "missing_field" : "invalid_field",
				ex.getMessage());
		problem.setProperty("field", ex.getField());
		return ResponseEntity.badRequest().body(problem);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> unknownProvider(UnknownProviderException ex) {
		logger.info("Request rejected: {}", ex.getMessage());
		ProblemDetail problem = problem(HttpStatus.NOT_FOUND, "unknown_integration", ex.getMessage() + ".");
		problem.setProperty("integrations", ex.getKnownProviders());
		return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> notConfigured(ProviderNotConfiguredException ex) {
		logger.warn("Request rejected: {}", ex.getMessage());
		return respond(problem(HttpStatus.SERVICE_UNAVAILABLE, "integration_not_configured", ex.getMessage() + "."));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> credentialsNotFound(CredentialsNotFoundException ex) {
		logger.info("Request rejected: {}", ex.getMessage());
		return respond(problem(HttpStatus.NOT_FOUND, "credentials_not_found", ex.getMessage()));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> connectionFailed(ConnectionFailedException ex) {
		logger.info("Reported a failed connection: {}", ex.getMessage());
		boolean denied = ex.getKind() == ConnectionFailedException.Kind.DENIED;
		ProblemDetail problem = denied ? problem(HttpStatus.FORBIDDEN, "access_denied", ex.getMessage() + ".")
				: problem(HttpStatus.BAD_GATEWAY, "token_exchange_failed", ex.getMessage() + ".");
		problem.setProperty("error", ex.getError());
		problem.setProperty("provider_status", ex.getProviderStatus());
		return respond(problem);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> tokenExpired(AccessTokenExpiredException ex) {
		logger.info("Request rejected: {}", ex.getMessage());
		return respond(problem(HttpStatus.UNAUTHORIZED, "token_expired", ex.getMessage() + "."));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> missingRefreshToken(MissingRefreshTokenException ex) {
		logger.info("Request rejected: {}", ex.getMessage());
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "missing_refresh_token", ex.getMessage() + ".");
		problem.setProperty("field", "credentials");
		return respond(problem);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> tokenRequestFailed(TokenExchangeException ex) {
		logger.warn("Token request failed: {}", ex.getMessage());
		ProblemDetail problem = problem(HttpStatus.BAD_GATEWAY, "token_request_failed", ex.getMessage() + ".");
		problem.setProperty("provider", ex.getProvider());
		problem.setProperty("provider_status", ex.getStatus());
		problem.setProperty("error", ex.getError());
		return respond(problem);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> providerFailed(ProviderException ex) {
		logger.warn("Provider call failed: {}", ex.getMessage(), ex.getCause());
		boolean rateLimited = ex.getReason() == ProviderException.Reason.RATE_LIMITED;
		ProblemDetail problem = problem(rateLimited ? HttpStatus.SERVICE_UNAVAILABLE : HttpStatus.BAD_GATEWAY,
				"provider_" + ex.getReason().name().toLowerCase(), ex.getMessage() + ".");
		problem.setProperty("provider", ex.getProvider());
		problem.setProperty("provider_status", ex.getStatus().orElse(null));
		HttpHeaders headers = new HttpHeaders();
		ex.getRetryAfter().ifPresent((wait) -> headers.set(HttpHeaders.RETRY_AFTER, Long.toString(wait.toSeconds())));
		return ResponseEntity.status(problem.getStatus()).headers(headers).body(problem);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> malformedMultipart(MultipartException ex) {
		logger.info("Request rejected: unreadable multipart body: {}", ex.getMessage());
		return respond(problem(HttpStatus.BAD_REQUEST, "invalid_body",
				"The multipart/form-data body could not be read; send well-formed form fields."));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> unexpected(Exception ex) {
		logger.error("Unexpected error", ex);
		return respond(problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal_error",
				"The service failed unexpectedly; the service log has the details."));
	}

	@Override
	protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "missing_field", "Parameter '"
				+ ex.getParameterName() + "' is missing; send it as a form field or query parameter.");
		problem.setProperty("field", ex.getParameterName());
		return ResponseEntity.badRequest().body(problem);
	}

	@Override
	protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		HttpStatus status = HttpStatus.resolve(statusCode.value());
		if (body instanceof ProblemDetail problem && !hasCode(problem) && status != null) {
			problem.setProperty("code", status.name().toLowerCase());
			logger.info("Request rejected with {}: {}", statusCode.value(), problem.getDetail());
		}
		return super.createResponseEntity(body, headers, statusCode, request);
	}

	private static boolean hasCode(ProblemDetail problem) {
		return problem.getProperties() != null && problem.getProperties().containsKey("code");
	}

	private static ProblemDetail problem(HttpStatus status, String code, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setProperty("code", code);
		return problem;
	}

	private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus()).body(problem);
	}

}
