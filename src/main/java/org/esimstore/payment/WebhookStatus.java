package org.esimstore.payment;

/**
 * What came of a stored webhook event.
 */
enum WebhookStatus {

	/** Reports a payment still to be verified and applied. */
	PENDING,

	/**
	 * Its payment was verified and given to checkout, which paid the order or recorded it
	 * for refund.
	 */
	PROCESSED,

	/** An event this service does not act on. */
	IGNORED,

	/**
	 * Signed but unusable, or its payment was not confirmed by the provider; nothing
	 * changed.
	 */
	REJECTED,

	/** Its payment reference belongs to no order here, such as another system's sale. */
	UNMATCHED

}
