package org.esimstore.checkout;

import java.util.Map;

import org.esimstore.system.ApiException;

import org.springframework.http.HttpStatus;

/**
 * The payment provider needs the customer's email address, and neither the request nor
 * the customer's token has one.
 */
class EmailRequiredException extends ApiException {

	private final String provider;

	EmailRequiredException(String provider) {
		super(HttpStatus.UNPROCESSABLE_CONTENT, "EMAIL_REQUIRED", "Payment provider '" + provider
				+ "' needs the customer's email address: send 'email' in the request or a token with an 'email' claim");
		this.provider = provider;
	}

	@Override
	public Map<String, Object> properties() {
		return Map.of("provider", this.provider);
	}

}
