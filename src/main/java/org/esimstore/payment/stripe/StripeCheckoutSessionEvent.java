package org.esimstore.payment.stripe;

import java.util.Set;

/**
 * A {@code checkout.session.*} event: completed, expired, or a delayed payment that
 * succeeded or failed after completion.
 *
 * @param id Stripe's id of the event
 * @param type the event's type
 * @param session the session as it stood when the event was sent
 */
public record StripeCheckoutSessionEvent(String id, String type, StripeCheckoutSession session) implements StripeEvent {

	/** The customer finished the payment page; paid unless the method settles later. */
	public static final String COMPLETED = "checkout.session.completed";

	/** A delayed payment method, such as a bank debit, settled. */
	public static final String ASYNC_PAYMENT_SUCCEEDED = "checkout.session.async_payment_succeeded";

	/** A delayed payment method failed to settle. */
	public static final String ASYNC_PAYMENT_FAILED = "checkout.session.async_payment_failed";

	/** The session expired unpaid. */
	public static final String EXPIRED = "checkout.session.expired";

	static final Set<String> TYPES = Set.of(COMPLETED, ASYNC_PAYMENT_SUCCEEDED, ASYNC_PAYMENT_FAILED, EXPIRED);

	/**
	 * Whether this event says the money arrived: a completed session that is paid, or a
	 * delayed payment that succeeded. A completed but unpaid session waits for
	 * {@value #ASYNC_PAYMENT_SUCCEEDED}.
	 * @return true when the order can be treated as paid
	 */
	public boolean confirmsPayment() {
		return (COMPLETED.equals(this.type) && this.session.isPaid()) || ASYNC_PAYMENT_SUCCEEDED.equals(this.type);
	}

}
