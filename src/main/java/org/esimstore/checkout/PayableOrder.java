package org.esimstore.checkout;

import java.util.UUID;

import org.esimstore.money.Money;

/**
 * An order a payment provider is asked to take payment for.
 *
 * @param orderId the order
 * @param customerId the customer who placed it
 * @param type what it buys
 * @param description what the customer sees on the payment page
 * @param amount what to charge
 */
public record PayableOrder(UUID orderId, String customerId, OrderType type, String description, Money amount) {
}
