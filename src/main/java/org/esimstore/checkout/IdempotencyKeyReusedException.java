package org.esimstore.checkout;

import java.util.Map;

import org.esimstore.system.ApiException;

import org.springframework.http.HttpStatus;

/**
 * An {@code Idempotency-Key} already used for one order came back with a different
 * request.
 */
class IdempotencyKeyReusedException extends ApiException {

	private final String idempotencyKey;

	IdempotencyKeyReusedException(String idempotencyKey) {
		super(HttpStatus.UNPROCESSABLE_CONTENT, "IDEMPOTENCY_KEY_REUSED", "Idempotency-Key '" + idempotencyKey
				+ "' was already used for a different order request; use a new key for a new order");
		this.idempotencyKey = idempotencyKey;
	}

	@Override
	public Map<String, Object> properties() {
		return Map.of("idempotencyKey", this.idempotencyKey);
	}

}
