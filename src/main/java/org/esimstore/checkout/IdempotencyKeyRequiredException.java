package org.esimstore.checkout;

import java.util.Map;

import org.esimstore.system.ApiException;

import org.springframework.http.HttpStatus;

/**
 * An order request came without a usable {@code Idempotency-Key} header.
 */
class IdempotencyKeyRequiredException extends ApiException {

	IdempotencyKeyRequiredException(String message) {
		super(HttpStatus.BAD_REQUEST, "IDEMPOTENCY_KEY_REQUIRED", message);
	}

	@Override
	public Map<String, Object> properties() {
		return Map.of("header", IdempotencyKeys.HEADER);
	}

}
