package org.esimstore.checkout;

import org.jspecify.annotations.Nullable;

/**
 * What a payment provider did with a refund.
 */
public sealed interface RefundResult {

	/**
	 * The provider accepted the refund; the money is on its way back or already there.
	 *
	 * @param refundId the provider's id of the refund, {@code null} when the provider
	 * only said the payment is refunded already
	 * @param providerStatus the provider's word for where it stands, such as
	 * {@code processed}
	 */
	record Accepted(@Nullable String refundId, String providerStatus) implements RefundResult {
	}

	/**
	 * The refund certainly did not reach the provider (connection refused, rate limited);
	 * it is tried again later.
	 *
	 * @param reason why
	 */
	record NotSent(String reason) implements RefundResult {
	}

	/**
	 * The refund may have reached the provider without an answer (timeout, 5xx); it is
	 * tried again later with {@link PaymentRefund#afterUnclearAttempt()} set.
	 *
	 * @param reason why
	 */
	record OutcomeUnknown(String reason) implements RefundResult {
	}

	/**
	 * The provider refused the refund for good; the merchant gives the money back by
	 * hand.
	 *
	 * @param reason the provider's explanation
	 */
	record Refused(String reason) implements RefundResult {
	}

}
