package org.esimstore.payment.stripe;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Whether a Checkout Session's money arrived; values Stripe may add later read as
 * {@link #UNKNOWN}.
 */
public enum StripePaymentStatus {

	/** The money was taken. */
	PAID,

	/** Not paid yet, also while a delayed payment method such as a bank debit settles. */
	UNPAID,

	/** Nothing was due. */
	NO_PAYMENT_REQUIRED,

	/** A status this service does not know. */
	UNKNOWN;

	static StripePaymentStatus from(@Nullable String value) {
		if (value == null) {
			return UNKNOWN;
		}
		for (StripePaymentStatus status : values()) {
			if (status.name().equals(value.toUpperCase(Locale.ROOT))) {
				return status;
			}
		}
		return UNKNOWN;
	}

}
