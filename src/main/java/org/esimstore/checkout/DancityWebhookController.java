package org.esimstore.checkout;

import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where Dancity delivers its merchant webhooks. Public, and authenticated only by
 * Dancity's signature over the raw body.
 */
@RestController
class DancityWebhookController {

	private final DancityWebhooks webhooks;

	DancityWebhookController(DancityWebhooks webhooks) {
		this.webhooks = webhooks;
	}

	@PostMapping("/api/v1/dancity/webhook")
	DancityWebhookAnswer receive(@RequestBody(required = false) byte @Nullable [] body,
			@RequestHeader(name = "X-Dancity-Signature", required = false) @Nullable String signature) {
		return this.webhooks.receive((body != null) ? body : new byte[0], signature);
	}

}
