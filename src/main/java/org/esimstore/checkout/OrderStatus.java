package org.esimstore.checkout;

/**
 * Status of an order as the storefront sees it.
 */
public enum OrderStatus {

	/** Created at a fixed price; not paid yet. */
	AWAITING_PAYMENT,

	/** Paid and being bought from Dancity or provisioned. */
	PROCESSING,

	/** The eSIM is ready to install, or the top-up was applied. */
	COMPLETED,

	/** Could not be fulfilled; a paid order that failed is marked for refund. */
	FAILED,

	/** Not paid in time. */
	CANCELLED

}
