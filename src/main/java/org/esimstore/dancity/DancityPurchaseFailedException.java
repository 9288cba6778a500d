package org.esimstore.dancity;

import org.jspecify.annotations.Nullable;

/**
 * Dancity answered a purchase with {@code success: true} but {@code data.status: FAILED}:
 * nothing was delivered.
 */
public class DancityPurchaseFailedException extends DancityException {

	private final String customerRef;

	private final @Nullable String transactionId;

	public DancityPurchaseFailedException(String customerRef, @Nullable String transactionId, String reason) {
		super("Dancity reports purchase '" + customerRef + "' as failed: " + reason);
		this.customerRef = customerRef;
		this.transactionId = transactionId;
	}

	public String customerRef() {
		return this.customerRef;
	}

	public @Nullable String transactionId() {
		return this.transactionId;
	}

	@Override
	public boolean certainlyNotApplied() {
		return true;
	}

}
