package org.esimstore.payment.stripe;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Whether a Checkout Session still takes payment; values Stripe may add later read as
 * {@link #UNKNOWN}.
 */
public enum StripeSessionStatus {

	/** The customer can still pay. */
	OPEN,

	/** The customer finished the payment page; see the payment status for the money. */
	COMPLETE,

	/** The session expired without being completed. */
	EXPIRED,

	/** A status this service does not know. */
	UNKNOWN;

	static StripeSessionStatus from(@Nullable String value) {
		if (value == null) {
			return UNKNOWN;
		}
		for (StripeSessionStatus status : values()) {
			if (status.name().equals(value.toUpperCase(Locale.ROOT))) {
				return status;
			}
		}
		return UNKNOWN;
	}

}
