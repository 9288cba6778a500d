package org.esimstore.checkout;

import org.esimstore.money.Money;

/**
 * A payment a provider confirmed, verified on the provider's side.
 *
 * @param provider the payment provider, such as {@code sandbox}
 * @param providerPaymentId the provider's id of the payment; a payment is recorded once
 * per provider and id
 * @param amount what the customer paid
 */
public record PaymentReceived(String provider, String providerPaymentId, Money amount) {
}
