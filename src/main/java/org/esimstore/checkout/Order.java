package org.esimstore.checkout;

import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.esimstore.money.Money;

/**
 * One order as stored, with everything fulfilment needs.
 *
 * @param id the order id
 * @param customerId the customer (the token's subject)
 * @param idempotencyKey the key the order was placed with
 * @param requestFingerprint digest of what was asked for, to tell a repeat from a reuse
 * of the key
 * @param type what the order buys
 * @param state where the order is
 * @param packageCode the package bought
 * @param packageName the package's display name
 * @param regionCode the package's region, when known
 * @param dataBytes data in the package, {@code -1} when unlimited
 * @param validityDays validity of the package
 * @param price what the customer pays
 * @param wholesaleCost what Dancity charges us, in NGN
 * @param customerRef our reference sent to Dancity with the purchase
 * @param esimId the eSIM bought, or the eSIM a top-up is for
 * @param topUpIccid ICCID of the eSIM a top-up is for
 * @param payment how the customer pays, once started
 * @param paymentExpiresAt when an unpaid order is cancelled
 * @param paidAt when the payment was confirmed
 * @param purchaseAttempts purchase calls that may have reached Dancity
 * @param purchaseSentAt when the latest purchase call was sent
 * @param dancityTransactionId Dancity's transaction id, once known
 * @param dancityTranxId Dancity's {@code DNTY…} reference, once known
 * @param stepAttempts attempts of the current fulfilment step, for its backoff
 * @param nextAttemptAt when the worker may next take the order
 * @param failureReason why the order failed, as shown to the customer
 * @param refundState refund owed for a paid order that failed
 * @param needsAttention whether a person has to look at the order
 * @param attentionReason why, when it needs attention
 * @param createdAt when it was placed
 * @param completedAt when it was fulfilled
 * @param version bumped on every change of state, for conditional updates
 */
record Order(UUID id, String customerId, String idempotencyKey, String requestFingerprint, OrderType type,
		OrderState state, String packageCode, String packageName, @Nullable String regionCode, long dataBytes,
		int validityDays, Money price, Money wholesaleCost, String customerRef, @Nullable UUID esimId,
		@Nullable String topUpIccid, @Nullable PaymentInstructions payment, Instant paymentExpiresAt,
		@Nullable Instant paidAt, int purchaseAttempts, @Nullable Instant purchaseSentAt,
		@Nullable String dancityTransactionId, @Nullable String dancityTranxId, int stepAttempts,
		@Nullable Instant nextAttemptAt, @Nullable String failureReason, @Nullable RefundState refundState,
		boolean needsAttention, @Nullable String attentionReason, Instant createdAt, @Nullable Instant completedAt,
		long version) {

	/**
	 * The reference Dancity knows the purchase by best: its transaction id once known,
	 * else our customerRef.
	 * @return the reference to look the purchase up with
	 */
	String dancityReference() {
		return (this.dancityTransactionId != null) ? this.dancityTransactionId : this.customerRef;
	}

	/**
	 * The order as its customer sees it.
	 * @param refunds the order's payments owed back or given back
	 * @return the view
	 */
	OrderView toView(List<RefundLine> refunds) {
		PaymentInstructions shownPayment = (this.payment != null && this.state != OrderState.AWAITING_PAYMENT)
				? new PaymentInstructions(this.payment.provider(), this.payment.reference(), null, null) : this.payment;
		return new OrderView(this.id, this.type, this.state.publicStatus(), this.packageCode, this.packageName,
				this.price, this.createdAt, this.completedAt, this.failureReason, refund(refunds), this.esimId,
				shownPayment);
	}

	/**
	 * Sums up what is owed back: every refunded or refundable payment in the order's
	 * currency (a payment in another currency is shown alone only when it is the only
	 * kind), refunded once all of them are.
	 * @param refunds the order's payments owed back or given back
	 * @return the refund, {@code null} when nothing is owed
	 */
	private OrderView.@Nullable Refund refund(List<RefundLine> refunds) {
		if (refunds.isEmpty()) {
			return (this.refundState != null) ? new OrderView.Refund(this.refundState.publicStatus(), this.price)
					: null;
		}
		Currency shown = refunds.stream().anyMatch((line) -> line.amount().currency().equals(this.price.currency()))
				? this.price.currency() : refunds.get(0).amount().currency();
		Money total = Money.zero(shown);
		for (RefundLine line : refunds) {
			if (line.amount().currency().equals(shown)) {
				total = total.plus(line.amount());
			}
		}
		boolean allRefunded = refunds.stream().allMatch((line) -> line.state() == RefundState.REFUNDED);
		return new OrderView.Refund(allRefunded ? "REFUNDED" : "PENDING", total);
	}

	/**
	 * The order as a payment provider is asked to charge it.
	 * @param customerEmail the customer's email address, when known
	 * @return the payable order
	 */
	PayableOrder toPayable(@Nullable String customerEmail) {
		String description = (this.type == OrderType.TOPUP) ? "Top-up: " + this.packageName
				: "eSIM: " + this.packageName;
		return new PayableOrder(this.id, this.customerId, this.type, description, this.price, customerEmail,
				this.paymentExpiresAt);
	}

}
