package org.esimstore.payment.paystack;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Where a Paystack transaction stands; values Paystack may add later read as
 * {@link #UNKNOWN}.
 */
public enum PaystackTransactionStatus {

	/** Paid. */
	SUCCESS,

	/** The charge was declined or failed. */
	FAILED,

	/** The customer left without paying. */
	ABANDONED,

	/** The payment was reversed after it succeeded. */
	REVERSED,

	/** Started and not finished yet. */
	PENDING,

	/** The customer is in the middle of paying. */
	ONGOING,

	/** Paystack is still processing the payment. */
	PROCESSING,

	/** Queued at Paystack. */
	QUEUED,

	/** A status this service does not know. */
	UNKNOWN;

	static PaystackTransactionStatus from(@Nullable String value) {
		if (value == null) {
			return UNKNOWN;
		}
		for (PaystackTransactionStatus status : values()) {
			if (status.name().equals(value.toUpperCase(Locale.ROOT))) {
				return status;
			}
		}
		return UNKNOWN;
	}

}
