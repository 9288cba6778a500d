package org.esimstore.payment.stripe;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
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

	static String checkoutSession(String orderId, String reference) {
		return key("esimstore:checkout-session:" + orderId + ":" + reference);
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
