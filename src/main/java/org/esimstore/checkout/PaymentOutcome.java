package org.esimstore.checkout;

/**
 * What a confirmed payment did to its order.
 */
public enum PaymentOutcome {

	/** The order is paid by it and will be fulfilled. */
	APPLIED,

	/**
	 * It could not pay the order (already paid, cancelled, or the wrong amount); it is
	 * recorded and marked for refund.
	 */
	REFUND_REQUIRED

}
