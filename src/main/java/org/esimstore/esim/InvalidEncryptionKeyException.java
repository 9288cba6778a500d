package org.esimstore.esim;

/**
 * {@code ESIM_ENCRYPTION_KEY} is missing or is not a base64 AES-256 key, so the service
 * refuses to start rather than store activation codes it could not protect.
 */
class InvalidEncryptionKeyException extends IllegalStateException {

	InvalidEncryptionKeyException(String message) {
		super(message);
	}

	InvalidEncryptionKeyException(String message, Throwable cause) {
		super(message, cause);
	}

}
