package org.esimstore.esim;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Encrypts activation codes for the database with AES-256-GCM: a fresh 12-byte IV per
 * value, stored as {@code v1:} followed by base64 of IV, ciphertext and tag.
 */
@Component
class ActivationCodeCipher {

	private static final String VERSION_PREFIX = "v1:";

	private static final String TRANSFORMATION = "AES/GCM/NoPadding";

	private static final int KEY_BYTES = 32;

	private static final int IV_BYTES = 12;

	private static final int TAG_BITS = 128;

	private final SecureRandom random = new SecureRandom();

	private final SecretKey key;

	ActivationCodeCipher(EncryptionKeyProperties properties) {
		this.key = new SecretKeySpec(decodeKey(properties.encryptionKey()), "AES");
	}

	private static byte[] decodeKey(@Nullable String base64Key) {
		if (base64Key == null || base64Key.isBlank()) {
			throw new InvalidEncryptionKeyException("ESIM_ENCRYPTION_KEY is not set; it must be base64 of " + KEY_BYTES
					+ " random bytes (for example from 'openssl rand -base64 32')");
		}
		byte[] key;
		try {
			key = Base64.getDecoder().decode(base64Key.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidEncryptionKeyException("ESIM_ENCRYPTION_KEY is not valid base64", ex);
		}
		if (key.length != KEY_BYTES) {
			throw new InvalidEncryptionKeyException("ESIM_ENCRYPTION_KEY must be base64 of " + KEY_BYTES
					+ " bytes for AES-256, but it decodes to " + key.length + " bytes");
		}
		return key;
	}

	/**
	 * Encrypts one value under a fresh IV, so equal codes never look alike.
	 * @param plaintext the activation code
	 * @return the stored form, {@code v1:} and base64
	 */
	String encrypt(String plaintext) {
		byte[] iv = new byte[IV_BYTES];
		this.random.nextBytes(iv);
		try {
			Cipher cipher = Cipher.getInstance(TRANSFORMATION);
			cipher.init(Cipher.ENCRYPT_MODE, this.key, new GCMParameterSpec(TAG_BITS, iv));
			byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
			byte[] stored = ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array();
			return VERSION_PREFIX + Base64.getEncoder().encodeToString(stored);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-GCM encryption is not available in this JVM", ex);
		}
	}

	/**
	 * Decrypts and authenticates a stored value.
	 * @param stored the stored form written by {@link #encrypt(String)}
	 * @return the activation code
	 * @throws ActivationCodeDecryptionException when the value was altered, was encrypted
	 * under another key or is not in the stored form
	 */
	String decrypt(String stored) {
		if (!stored.startsWith(VERSION_PREFIX)) {
			throw new ActivationCodeDecryptionException(
					"Stored activation code is not in the '" + VERSION_PREFIX + "' encrypted form");
		}
		byte[] bytes;
		try {
			bytes = Base64.getDecoder().decode(stored.substring(VERSION_PREFIX.length()));
		}
		catch (IllegalArgumentException ex) {
			throw new ActivationCodeDecryptionException("Stored activation code is not valid base64", ex);
		}
		if (bytes.length < IV_BYTES + TAG_BITS / 8) {
			throw new ActivationCodeDecryptionException(
					"Stored activation code is " + bytes.length + " bytes long, too short to be encrypted");
		}
		try {
			Cipher cipher = Cipher.getInstance(TRANSFORMATION);
			cipher.init(Cipher.DECRYPT_MODE, this.key, new GCMParameterSpec(TAG_BITS, bytes, 0, IV_BYTES));
			byte[] plaintext = cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES);
			return new String(plaintext, StandardCharsets.UTF_8);
		}
		catch (AEADBadTagException ex) {
			throw new ActivationCodeDecryptionException(
					"Stored activation code fails authentication: it was altered or encrypted with another ESIM_ENCRYPTION_KEY",
					ex);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-GCM decryption is not available in this JVM", ex);
		}
	}

	@Override
	public String toString() {
		return "ActivationCodeCipher[AES-256-GCM, " + VERSION_PREFIX + "]";
	}

}
