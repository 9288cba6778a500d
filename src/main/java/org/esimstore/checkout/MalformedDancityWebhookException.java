package org.esimstore.checkout;

import org.esimstore.system.ApiException;

import org.springframework.http.HttpStatus;

/**
 * A correctly signed Dancity webhook body is not a JSON event.
 */
class MalformedDancityWebhookException extends ApiException {

	MalformedDancityWebhookException(String message) {
		super(HttpStatus.BAD_REQUEST, "MALFORMED_WEBHOOK", message);
	}

	MalformedDancityWebhookException(String message, Throwable cause) {
		super(HttpStatus.BAD_REQUEST, "MALFORMED_WEBHOOK", message, cause);
	}

}
