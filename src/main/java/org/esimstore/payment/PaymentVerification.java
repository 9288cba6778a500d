package org.esimstore.payment;

import org.esimstore.checkout.PaymentReceived;

/**
 * What the provider says, asked on its own API, about a payment a webhook reported.
 */
public sealed interface PaymentVerification {

	/**
	 * The provider confirms the payment; its own figures are the ones that count.
	 *
	 * @param payment the payment as the provider confirms it
	 */
	record Verified(PaymentReceived payment) implements PaymentVerification {
	}

	/**
	 * The provider does not confirm the payment (failed, abandoned, another reference);
	 * it is not applied.
	 *
	 * @param reason why
	 */
	record NotVerified(String reason) implements PaymentVerification {
	}

	/**
	 * The provider cannot answer yet, or the payment is still being settled; verified
	 * again later.
	 *
	 * @param reason why
	 */
	record RetryLater(String reason) implements PaymentVerification {
	}

}
