package org.esimstore.checkout;

import java.util.UUID;

/**
 * A payment already recorded for an order.
 *
 * @param orderId the order it was for
 * @param outcome what it did to the order
 */
record RecordedPayment(UUID orderId, PaymentOutcome outcome) {
}
