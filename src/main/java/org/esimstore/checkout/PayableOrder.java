package org.esimstore.checkout;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.esimstore.money.Money;

/**
 * An order a payment provider is asked to take payment for.
 *
 * @param orderId the order
 * @param customerId the customer who placed it
 * @param type what it buys
 * @param description what the customer sees on the payment page
 * @param amount what to charge
 * @param customerEmail the customer's email address, from the order request or the
 * customer's token, when known
 * @param paymentExpiresAt when the order is cancelled unless paid; a payment after that
 * is refunded
 */
public record PayableOrder(UUID orderId, String customerId, OrderType type, String description, Money amount,
		@Nullable String customerEmail, Instant paymentExpiresAt) {
}
