package org.esimstore.checkout;

import java.util.Map;
import java.util.UUID;

import org.esimstore.system.ApiException;

import org.springframework.http.HttpStatus;

/**
 * The payment provider could not start taking payment for an order; the order exists and
 * repeating the request with the same {@code Idempotency-Key} tries again.
 */
class PaymentUnavailableException extends ApiException {

	private final UUID orderId;

	PaymentUnavailableException(UUID orderId, String provider, Throwable cause) {
		super(HttpStatus.SERVICE_UNAVAILABLE, "PAYMENT_UNAVAILABLE", "Payment provider '" + provider
				+ "' could not start the payment of order '" + orderId + "'; retry with the same Idempotency-Key",
				cause);
		this.orderId = orderId;
	}

	@Override
	public Map<String, Object> properties() {
		return Map.of("orderId", this.orderId.toString());
	}

	@Override
	public Map<String, String> headers() {
		return Map.of("Retry-After", "5");
	}

}
