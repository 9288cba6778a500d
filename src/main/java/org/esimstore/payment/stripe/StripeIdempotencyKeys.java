package org.esimstore.payment.stripe;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

import org.jspecify.annotations.Nullable;

import org.esimstore.money.Money;

/**
 * Idempotency keys derived from our order and the operation, so that a retry after a
 * timeout or a restart sends the same key and Stripe does the work only once.
 */
final class StripeIdempotencyKeys {

	private static final int MAX_LENGTH = 255;

	private StripeIdempotencyKeys() {
	}

	/**
	 * The key of a Checkout Session's creation. It names the session's expiry too,
	 * because Stripe refuses a key reused with other parameters: a start repeated with
	 * another expiry is a new request, not a retry.
	 * @param orderId our order's id
	 * @param reference our reference of the payment attempt
	 * @param expiresAt the session's expiry, {@code null} for Stripe's default
	 * @return the key
	 */
	static String checkoutSession(String orderId, String reference, @Nullable Instant expiresAt) {
		String expiry = (expiresAt != null) ? String.valueOf(expiresAt.getEpochSecond()) : "default";
		return key("esimstore:checkout-session:" + orderId + ":" + reference + ":" + expiry);
	}

	static String refund(String orderId, String paymentIntentId, @Nullable Money amount) {
		String part = (amount != null) ? amount.minorUnits() + amount.currency().getCurrencyCode() : "full";
		return key("esimstore:refund:" + orderId + ":" + paymentIntentId + ":" + part);
	}

	private static String key(String readable) {
		if (readable.length() <= MAX_LENGTH) {
			return readable;
		}
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(readable.getBytes(StandardCharsets.UTF_8));
			return "esimstore:sha256:" + HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
	}

}
