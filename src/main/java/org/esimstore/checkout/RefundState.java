package org.esimstore.checkout;

/**
 * Where the refund of a payment stands; the database row is the lock that keeps a refund
 * from being sent twice.
 */
enum RefundState {

	/** Owed to the customer; the refund worker sends it when due. */
	REFUND_PENDING,

	/**
	 * Claimed by a worker and committed as such before the provider is called; still so
	 * after its lease, the outcome of the call is unclear.
	 */
	REFUNDING,

	/** The provider accepted the refund. */
	REFUNDED,

	/**
	 * The merchant gives the money back by hand: refunds are set to manual, no gateway
	 * can refund the provider's payments, or the provider refused the refund.
	 */
	REFUND_MANUAL;

	/**
	 * How the customer sees it: {@code REFUNDED} once the provider accepted it,
	 * {@code PENDING} while it is still owed.
	 * @return the status shown
	 */
	String publicStatus() {
		return (this == REFUNDED) ? "REFUNDED" : "PENDING";
	}

}
