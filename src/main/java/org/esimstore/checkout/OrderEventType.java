package org.esimstore.checkout;

/**
 * Kinds of entries in an order's history.
 */
enum OrderEventType {

	/** Placed at a fixed price. */
	PLACED,

	/** Payment started with the provider. */
	PAYMENT_STARTED,

	/** Paid; queued for purchase. */
	PAID,

	/** A payment that cannot pay the order was received and marked for refund. */
	PAYMENT_REFUND_REQUIRED,

	/**
	 * A payment provider reported a payment that is being verified; the payment window
	 * was held open meanwhile.
	 */
	PAYMENT_NOTIFIED,

	/** Not paid within the payment window. */
	EXPIRED,

	/** Claimed by a worker and committed before the purchase call. */
	PURCHASE_STARTED,

	/**
	 * Dancity could not take the purchase; nothing was bought, it is tried again later.
	 */
	PURCHASE_DEFERRED,

	/** Dancity accepted the purchase. */
	PURCHASE_ACCEPTED,

	/** Dancity refused the purchase or reported it failed. */
	PURCHASE_FAILED,

	/** The purchase was sent but its outcome is unknown. */
	PURCHASE_OUTCOME_UNKNOWN,

	/** Found still marked as being purchased after its lease ran out. */
	PURCHASE_INTERRUPTED,

	/** An unclear purchase was found at Dancity and adopted. */
	PURCHASE_FOUND,

	/**
	 * An unclear purchase was not found at Dancity after the grace period; sent again.
	 */
	PURCHASE_REPEATED,

	/**
	 * Dancity answered a purchase after the order had moved on; the answer was ignored.
	 */
	LATE_ANSWER_IGNORED,

	/** The eSIM was allocated and registered, or the top-up was applied. */
	COMPLETED,

	/**
	 * Dancity reported on the purchase by webhook; its next check was brought forward.
	 */
	DANCITY_NOTIFIED,

	/** Fulfilment failed after the purchase. */
	FAILED,

	/** Flagged for a person to look at. */
	ATTENTION_NEEDED,

	/** A refund was claimed and is being sent to the payment provider. */
	REFUND_STARTED,

	/**
	 * A refund did not reach the provider, or its outcome was unclear; tried again later.
	 */
	REFUND_DEFERRED,

	/** The payment provider accepted a refund. */
	REFUNDED,

	/** A refund is left to the merchant, who gives the money back by hand. */
	REFUND_MANUAL

}
