package org.esimstore.payment;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The HMAC arithmetic behind providers' webhook signatures, compared in constant time so
 * that a forger learns nothing from how long a refusal takes.
 */
public final class WebhookSignatures {

	private WebhookSignatures() {
	}

	/**
	 * Computes an HMAC over the concatenation of the given parts.
	 * @param algorithm the JCA name, such as {@code HmacSHA512}
	 * @param key the shared secret, used as its UTF-8 bytes
	 * @param parts the signed bytes, in order
	 * @return the MAC
	 */
	public static byte[] hmac(String algorithm, String key, byte[]... parts) {
		try {
			Mac mac = Mac.getInstance(algorithm);
			mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), algorithm));
			for (byte[] part : parts) {
				mac.update(part);
			}
			return mac.doFinal();
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException("Cannot compute " + algorithm, ex);
		}
	}

	/**
	 * Whether a hex-encoded signature, in either case, equals the expected MAC. Anything
	 * that is not hex of the right length is simply not equal.
	 * @param expected the MAC computed here
	 * @param candidateHex the signature received
	 * @return true when they are equal
	 */
	public static boolean matchesHex(byte[] expected, String candidateHex) {
		String hex = candidateHex.strip();
		if (hex.length() != expected.length * 2 || !isHex(hex)) {
			return false;
		}
		return MessageDigest.isEqual(expected, HexFormat.of().parseHex(hex));
	}

	private static boolean isHex(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (!HexFormat.isHexDigit(text.charAt(i))) {
				return false;
			}
		}
		return true;
	}

}
