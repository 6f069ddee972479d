package dev.integrations.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * The stand-ins' authorization codes: 256 random bits each, valid for 10 minutes, and single use.
 * Redeeming removes the code before anything is checked, so a failed exchange burns it too, as
 * Airtable documents (https://airtable.com/developers/web/api/oauth-reference).
 */
@Component
@ConditionalOnSandbox
public class AuthorizationCodeBook {

	/** How long a code can be exchanged; Airtable requires the exchange within 10 minutes. */
	static final Duration LIFETIME = Duration.ofMinutes(10);

	private static final int CODE_BYTES = 32;

	private final SingleUseBook<AuthorizationRequest> codes;

	AuthorizationCodeBook(Clock clock) {
		this.codes = new SingleUseBook<>(clock, LIFETIME);
	}

	/** Issues a code bound to the approved request's client, redirect URI, scopes and code challenge. */
	public String issue(AuthorizationRequest request) {
		String code = RandomTokens.next("sbx-" + request.provider() + "-code-", CODE_BYTES);
		this.codes.put(code, request);
		return code;
	}

	/** Burns the code and returns the request it was issued for, or empty when it is unknown, used or expired. */
	public Optional<AuthorizationRequest> redeem(String provider, String code) {
		return this.codes.take(code).filter((request) -> request.provider().equals(provider));
	}

}
