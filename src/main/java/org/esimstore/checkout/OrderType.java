package org.esimstore.checkout;

/**
 * What an order buys: a new eSIM or data added to an eSIM the customer owns.
 */
public enum OrderType {

	/** A new eSIM. */
	ESIM,

	/** Data added to an existing eSIM. */
	TOPUP

}
