package org.esimstore.esim;

/**
 * A string that should be an LPA activation code is not one. Messages never carry the
 * whole code.
 */
class InvalidActivationCodeException extends RuntimeException {

	InvalidActivationCodeException(String message) {
		super(message);
	}

}
