package org.esimstore.checkout;

import java.util.UUID;

import org.esimstore.money.Money;

/**
 * A payment of an order that is owed back or was given back, as the customer's view of
 * the order needs it.
 *
 * @param orderId the order
 * @param amount the payment's amount, given back in full
 * @param state where its refund stands
 */
record RefundLine(UUID orderId, Money amount, RefundState state) {
}
