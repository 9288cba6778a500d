package org.esimstore.checkout;

import org.esimstore.system.ApiException;

import org.springframework.http.HttpStatus;

/**
 * A Dancity webhook arrived but no secret to verify it is configured, so it cannot be
 * trusted.
 */
class DancityWebhookNotConfiguredException extends ApiException {

	DancityWebhookNotConfiguredException() {
		super(HttpStatus.SERVICE_UNAVAILABLE, "WEBHOOK_NOT_CONFIGURED",
				"Dancity webhooks are not accepted: no webhook secret is configured");
	}

}
