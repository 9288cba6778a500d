package org.esimstore.checkout;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.esimstore.money.Money;

/**
 * An order as its customer sees it.
 *
 * @param id the order id
 * @param type what the order buys
 * @param status where the order is
 * @param packageCode the package bought
 * @param packageName the package's display name
 * @param price what the customer pays, fixed when the order was placed
 * @param createdAt when the order was placed
 * @param completedAt when it was fulfilled, once it is
 * @param failureReason why it failed, when it did
 * @param refund the money owed back or given back: the payment of an order that failed,
 * or a payment that could not pay the order (late, repeated, or of the wrong amount)
 * @param esimId the eSIM bought once it exists, or the eSIM a top-up is for
 * @param payment how to pay, once payment has been started
 */
public record OrderView(UUID id, OrderType type, OrderStatus status, String packageCode, String packageName,
		Money price, Instant createdAt, @Nullable Instant completedAt, @Nullable String failureReason,
		@Nullable Refund refund, @Nullable UUID esimId, @Nullable PaymentInstructions payment) {

	/**
	 * Money owed back to the customer.
	 *
	 * @param status {@code PENDING} until the payment provider accepted every refund (or,
	 * with refunds left to the merchant, until the merchant gave the money back), then
	 * {@code REFUNDED}
	 * @param amount how much, in the order's currency
	 */
	public record Refund(String status, Money amount) {
	}

}
