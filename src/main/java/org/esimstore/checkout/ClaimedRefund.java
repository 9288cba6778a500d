package org.esimstore.checkout;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.esimstore.money.Money;

/**
 * A refund claimed by a worker, committed as being sent before the provider is called.
 *
 * @param paymentRecordId the payment's row
 * @param orderId the order the payment was for
 * @param orderState the order's state, for its history
 * @param provider the provider that took the payment
 * @param providerPaymentId the provider's id of the payment
 * @param amount what was paid, and is given back
 * @param outcome what the payment did to the order
 * @param reason why the money goes back
 * @param attempts refund attempts including this one; with the row, the version later
 * changes are conditional on
 * @param afterUnclearAttempt whether an earlier attempt may have reached the provider
 */
record ClaimedRefund(long paymentRecordId, UUID orderId, OrderState orderState, String provider,
		String providerPaymentId, Money amount, PaymentOutcome outcome, @Nullable String reason, int attempts,
		boolean afterUnclearAttempt) {
}
