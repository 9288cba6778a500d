package org.esimstore.checkout;

/**
 * Whether money taken for an order or a payment has to be, or has been, given back.
 */
enum RefundState {

	/** Owed to the customer; not given back yet. */
	REFUND_PENDING,

	/** Given back. */
	REFUNDED

}
