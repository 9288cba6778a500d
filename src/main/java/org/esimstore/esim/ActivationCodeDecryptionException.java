package org.esimstore.esim;

/**
 * A stored activation code cannot be decrypted: it was altered, or it was encrypted under
 * a different {@code ESIM_ENCRYPTION_KEY}.
 */
class ActivationCodeDecryptionException extends IllegalStateException {

	ActivationCodeDecryptionException(String message) {
		super(message);
	}

	ActivationCodeDecryptionException(String message, Throwable cause) {
		super(message, cause);
	}

}
