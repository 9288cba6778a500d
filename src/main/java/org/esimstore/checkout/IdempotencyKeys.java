package org.esimstore.checkout;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Checks {@code Idempotency-Key} headers and fingerprints what a request asked for, so a
 * repeated request can be told from a reuse of its key for something else.
 */
final class IdempotencyKeys {

	static final String HEADER = "Idempotency-Key";

	private static final int MAX_LENGTH = 255;

	private static final Pattern PRINTABLE = Pattern.compile("[\\x21-\\x7E]+");

	private IdempotencyKeys() {
	}

	/**
	 * The key from a request header, checked.
	 * @param header the header's value, {@code null} when absent
	 * @return the key
	 * @throws IdempotencyKeyRequiredException when it is absent, blank, too long or not
	 * printable ASCII
	 */
	static String require(@Nullable String header) {
		if (header == null || header.isBlank()) {
			throw new IdempotencyKeyRequiredException("Header '" + HEADER + "' is required to place an order");
		}
		String key = header.strip();
		if (key.length() > MAX_LENGTH || !PRINTABLE.matcher(key).matches()) {
			throw new IdempotencyKeyRequiredException("Header '" + HEADER
					+ "' must be 1 to 255 printable ASCII characters without spaces, such as a UUID");
		}
		return key;
	}

	/**
	 * Digest of what an order request asked for, after defaults were applied.
	 * @param type what the order buys
	 * @param packageCode the package
	 * @param currency the currency priced in
	 * @param esimId the eSIM topped up, for top-ups
	 * @param paymentProvider the payment provider asked for, {@code null} for the default
	 * (which leaves the digest as it was before orders could ask for one)
	 * @return a hex SHA-256 digest
	 */
	static String fingerprint(OrderType type, String packageCode, String currency, @Nullable UUID esimId,
			@Nullable String paymentProvider) {
		String canonical = String.join("\n", type.name(), packageCode, currency,
				(esimId != null) ? esimId.toString() : "");
		if (paymentProvider != null) {
			canonical = canonical + "\npayment:" + paymentProvider.strip().toLowerCase(Locale.ROOT);
		}
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
	}

}
