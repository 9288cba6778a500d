package org.esimstore.payment.stripe;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import org.esimstore.money.Money;

/**
 * What a Stripe Checkout Session is created for. Retries of the same payment attempt must
 * pass the same values, since Stripe refuses a reused idempotency key with different
 * parameters.
 *
 * @param orderId our order's id, stored as {@code metadata[order_id]} on the session and
 * its payment intent
 * @param reference our reference of this payment attempt, sent as
 * {@code client_reference_id}; together with the order id it makes the idempotency key
 * @param amount the price, sent in minor units
 * @param productName what the customer sees on the payment page, such as
 * {@code Nigeria 1 GB, 7 days}
 * @param customerEmail the customer's email address to prefill, when known
 * @param expiresAt when the session stops accepting payment (Stripe allows 30 minutes to
 * 24 hours from now), taken from the order so that retries agree; Stripe's default of 24
 * hours when {@code null}
 */
public record StripeCheckoutRequest(String orderId, String reference, Money amount, String productName,
		@Nullable String customerEmail, @Nullable Instant expiresAt) {

	public StripeCheckoutRequest {
		if (orderId.isBlank() || reference.isBlank() || productName.isBlank()) {
			throw new IllegalArgumentException("A Checkout Session needs an order id, a reference and a product name");
		}
		if (amount.amount().signum() <= 0) {
			throw new IllegalArgumentException("Amount '" + amount + "' must be positive");
		}
	}

}
