package org.esimstore.payment;

import org.esimstore.system.ApiException;

import org.springframework.http.HttpStatus;

/**
 * A webhook arrived for a payment provider that is not in use here.
 */
class WebhookEndpointNotFoundException extends ApiException {

	WebhookEndpointNotFoundException(String provider) {
		super(HttpStatus.NOT_FOUND, "NOT_FOUND", "No payment provider '" + provider + "' takes webhooks here");
	}

}
