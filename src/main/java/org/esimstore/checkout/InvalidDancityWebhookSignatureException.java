package org.esimstore.checkout;

import org.esimstore.system.ApiException;

import org.springframework.http.HttpStatus;

/**
 * A Dancity webhook's signature is missing or does not prove that Dancity sent this body.
 */
class InvalidDancityWebhookSignatureException extends ApiException {

	private final String reason;

	InvalidDancityWebhookSignatureException(String reason) {
		super(HttpStatus.BAD_REQUEST, "INVALID_WEBHOOK_SIGNATURE",
				"The Dancity webhook signature is not valid: " + reason);
		this.reason = reason;
	}

	/**
	 * Why the signature was refused, such as {@code X-Dancity-Signature is missing}.
	 * @return the reason
	 */
	String reason() {
		return this.reason;
	}

}
