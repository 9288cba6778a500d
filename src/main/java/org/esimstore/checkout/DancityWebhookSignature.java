package org.esimstore.checkout;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;

/**
 * Checks {@code X-Dancity-Signature}: the lowercase hex HMAC-SHA256 of the raw body,
 * keyed with the webhook secret, compared in constant time so that a forger learns
 * nothing from how long a refusal takes.
 */
final class DancityWebhookSignature {

	private static final String ALGORITHM = "HmacSHA256";

	private final SecretKeySpec key;

	DancityWebhookSignature(String secret) {
		this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
	}

	/**
	 * Checks that a signature proves that the holder of the secret sent a body.
	 * @param body the body exactly as received
	 * @param signature the header's value, absent when not sent
	 * @throws InvalidDancityWebhookSignatureException when it does not
	 */
	void verify(byte[] body, @Nullable String signature) {
		if (signature == null || signature.isBlank()) {
			throw new InvalidDancityWebhookSignatureException("X-Dancity-Signature is missing");
		}
		byte[] expected = HexFormat.of().formatHex(sign(body)).getBytes(StandardCharsets.US_ASCII);
		byte[] received = signature.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
		if (!MessageDigest.isEqual(expected, received)) {
			throw new InvalidDancityWebhookSignatureException("X-Dancity-Signature does not match the body");
		}
	}

	/**
	 * The MAC of a body, as Dancity computes it.
	 * @param body the raw body
	 * @return the MAC
	 */
	byte[] sign(byte[] body) {
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(this.key);
			return mac.doFinal(body);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot compute " + ALGORITHM, ex);
		}
	}

}
