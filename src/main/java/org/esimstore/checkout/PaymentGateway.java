package org.esimstore.checkout;

/**
 * A payment provider checkout can take payment with and give money back through. Several
 * may be available at once; {@code storefront.payment.provider} names the one new orders
 * use unless they ask for another. The provider reports payments back through
 * {@link CheckoutPayments}.
 */
public interface PaymentGateway {

	/**
	 * The provider's name, as configured and stored with every payment.
	 * @return the name, such as {@code sandbox}
	 */
	String provider();

	/**
	 * Whether new orders may be paid with this provider; a provider that is present but
	 * not available can still refund the payments it took.
	 * @return true when orders may choose it
	 */
	default boolean available() {
		return true;
	}

	/**
	 * Whether the provider needs the customer's email address to take a payment.
	 * @return true when {@link PayableOrder#customerEmail()} must be given
	 */
	default boolean requiresEmail() {
		return false;
	}

	/**
	 * Starts taking payment for an order. Called again for the same order when the
	 * instructions could not be stored, so a provider should tolerate repeats.
	 * @param order the order to charge
	 * @return how the customer pays
	 */
	PaymentInstructions start(PayableOrder order);

	/**
	 * Gives a payment back, in full. Called at most once at a time per payment; called
	 * again only when the previous attempt's outcome is unclear (then
	 * {@link PaymentRefund#afterUnclearAttempt()} is set and the provider must make sure
	 * not to refund twice) or certainly did not reach the provider.
	 * @param refund what to give back
	 * @return what the provider did; unexpected exceptions count as an unclear outcome
	 */
	RefundResult refund(PaymentRefund refund);

}
