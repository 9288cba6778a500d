package org.esimstore.checkout;

import java.util.UUID;

import org.esimstore.money.Money;

/**
 * Money to give back for a payment.
 *
 * @param orderId the order the payment was for
 * @param providerPaymentId the provider's id of the payment to refund
 * @param amount how much to give back
 * @param reason why, for the provider's records
 */
public record PaymentRefund(UUID orderId, String providerPaymentId, Money amount, String reason) {
}
