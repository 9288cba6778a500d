package org.esimstore.payment;

import org.esimstore.money.Money;

/**
 * A payment a provider's webhook reports, before it is verified.
 *
 * @param reference the payment reference the order was given: our Paystack reference, or
 * the Stripe Checkout Session's id
 * @param providerPaymentId the provider's id of the payment: Paystack's transaction id,
 * or Stripe's payment intent
 * @param amount the amount the webhook says was paid
 */
public record ReportedPayment(String reference, String providerPaymentId, Money amount) {
}
