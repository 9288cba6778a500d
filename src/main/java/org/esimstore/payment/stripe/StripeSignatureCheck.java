package org.esimstore.payment.stripe;

/**
 * The outcome of checking a {@code Stripe-Signature} header: valid, or why not.
 */
public enum StripeSignatureCheck {

	/** A {@code v1} signature matches and the timestamp is within tolerance. */
	VALID("valid"),

	/** No {@code Stripe-Signature} header. */
	MISSING_HEADER("missing Stripe-Signature header"),

	/** The header has no numeric {@code t=} timestamp or no {@code v1=} signature. */
	MALFORMED_HEADER("malformed Stripe-Signature header"),

	/** No {@code v1} signature matches the body. */
	NO_MATCHING_SIGNATURE("no v1 signature matches the body"),

	/**
	 * A signature matches but was made too long ago or in the future: a replay, or a
	 * clock far off.
	 */
	TIMESTAMP_OUTSIDE_TOLERANCE("timestamp outside tolerance");

	private final String reason;

	StripeSignatureCheck(String reason) {
		this.reason = reason;
	}

	public boolean isValid() {
		return this == VALID;
	}

	/**
	 * The outcome in words, for logs and problem details.
	 * @return the reason, such as {@code timestamp outside tolerance}
	 */
	public String reason() {
		return this.reason;
	}

}
