package org.esimstore.payment.stripe;

/**
 * A webhook event from Stripe whose signature has been checked.
 */
public sealed interface StripeEvent
		permits StripeCheckoutSessionEvent, StripePaymentIntentEvent, StripeChargeRefundedEvent, StripeOtherEvent {

	/**
	 * Stripe's id of the event, {@code evt_...}; the same event may arrive more than
	 * once.
	 * @return the id
	 */
	String id();

	/**
	 * The event's type, such as {@code checkout.session.completed}.
	 * @return the type
	 */
	String type();

}
