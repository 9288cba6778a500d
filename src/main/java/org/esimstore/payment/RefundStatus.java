package org.esimstore.payment;

/**
 * Where a refund stands at the provider, the same for every provider.
 */
public enum RefundStatus {

	/** Accepted and not yet settled; the money is on its way back or about to be. */
	PENDING,

	/** The money went back to the customer. */
	SUCCEEDED,

	/** The provider could not return the money, or the refund was cancelled. */
	FAILED,

	/** A status this service does not know; check with the provider. */
	UNKNOWN

}
