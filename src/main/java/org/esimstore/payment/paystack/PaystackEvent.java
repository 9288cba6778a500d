package org.esimstore.payment.paystack;

/**
 * A webhook event from Paystack whose signature has been checked.
 */
public sealed interface PaystackEvent permits PaystackChargeSuccess, PaystackOtherEvent {

	/**
	 * The event's type, such as {@code charge.success}.
	 * @return the type
	 */
	String type();

}
