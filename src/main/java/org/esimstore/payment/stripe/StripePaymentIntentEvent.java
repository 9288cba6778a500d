package org.esimstore.payment.stripe;

import java.util.Set;

/**
 * A {@code payment_intent.succeeded} or {@code payment_intent.payment_failed} event.
 *
 * @param id Stripe's id of the event
 * @param type the event's type
 * @param paymentIntent the payment intent as it stood when the event was sent
 */
public record StripePaymentIntentEvent(String id, String type,
		StripePaymentIntent paymentIntent) implements StripeEvent {

	/** The payment intent was paid. */
	public static final String SUCCEEDED = "payment_intent.succeeded";

	/** A payment attempt failed; the customer may try again. */
	public static final String PAYMENT_FAILED = "payment_intent.payment_failed";

	static final Set<String> TYPES = Set.of(SUCCEEDED, PAYMENT_FAILED);

}
