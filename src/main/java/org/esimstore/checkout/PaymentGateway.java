package org.esimstore.checkout;

/**
 * A payment provider checkout can take payment with; exactly one is active, chosen by
 * {@code storefront.payment.provider}. The provider reports payments back through
 * {@link CheckoutPayments}.
 */
public interface PaymentGateway {

	/**
	 * The provider's name, as configured and stored with every payment.
	 * @return the name, such as {@code sandbox}
	 */
	String provider();

	/**
	 * Starts taking payment for an order. Called again for the same order when the
	 * instructions could not be stored, so a provider should tolerate repeats.
	 * @param order the order to charge
	 * @return how the customer pays
	 */
	PaymentInstructions start(PayableOrder order);

	/**
	 * Gives back a payment.
	 * @param refund what to give back
	 */
	void refund(PaymentRefund refund);

}
