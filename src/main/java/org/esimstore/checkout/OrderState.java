package org.esimstore.checkout;

/**
 * Where an order is in checkout and fulfilment, finer than the {@link OrderStatus} the
 * storefront sees.
 */
enum OrderState {

	/** Created; waiting for its payment. */
	AWAITING_PAYMENT(OrderStatus.AWAITING_PAYMENT),

	/** Paid and queued for its purchase at Dancity. */
	PAID(OrderStatus.PROCESSING),

	/** Claimed by a worker and committed as such before the purchase call is sent. */
	PURCHASING(OrderStatus.PROCESSING),

	/** The purchase was sent but its outcome is unknown; settled by looking it up. */
	PURCHASE_UNCLEAR(OrderStatus.PROCESSING),

	/** Bought; waiting for Dancity to allocate the eSIM or apply the top-up. */
	PROVISIONING(OrderStatus.PROCESSING),

	/** Fulfilled. */
	COMPLETED(OrderStatus.COMPLETED),

	/** Not fulfilled; refunded when it was paid. */
	FAILED(OrderStatus.FAILED),

	/** Not paid in time. */
	CANCELLED(OrderStatus.CANCELLED);

	private final OrderStatus publicStatus;

	OrderState(OrderStatus publicStatus) {
		this.publicStatus = publicStatus;
	}

	OrderStatus publicStatus() {
		return this.publicStatus;
	}

	boolean isTerminal() {
		return this == COMPLETED || this == FAILED || this == CANCELLED;
	}

}
