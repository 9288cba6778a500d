package org.esimstore.checkout;

import java.util.UUID;

import org.esimstore.money.Money;

/**
 * A payment to give back in full.
 *
 * @param orderId the order the payment was for
 * @param provider the provider that took the payment
 * @param providerPaymentId the provider's id of the payment
 * @param amount how much was paid, and is given back
 * @param reason why, for the provider's records
 * @param afterUnclearAttempt whether an earlier attempt may have reached the provider
 * without an answer, so the provider must first make sure it did not refund already
 */
public record PaymentRefund(UUID orderId, String provider, String providerPaymentId, Money amount, String reason,
		boolean afterUnclearAttempt) {
}
