package org.esimstore.checkout;

import java.util.UUID;

/**
 * The result of confirming a payment.
 *
 * @param orderId the order the payment was for
 * @param outcome what the payment did to the order
 * @param repeated whether this payment had been confirmed before (the outcome is the
 * original one)
 * @param orderStatus the order's status now
 */
public record PaymentConfirmation(UUID orderId, PaymentOutcome outcome, boolean repeated, OrderStatus orderStatus) {
}
