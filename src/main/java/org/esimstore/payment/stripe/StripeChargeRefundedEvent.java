package org.esimstore.payment.stripe;

/**
 * A {@code charge.refunded} event: money went back to the customer.
 *
 * @param id Stripe's id of the event
 * @param type the event's type
 * @param charge the refunded charge
 */
public record StripeChargeRefundedEvent(String id, String type, StripeRefundedCharge charge) implements StripeEvent {

	/** The type of this event. */
	public static final String TYPE = "charge.refunded";

}
