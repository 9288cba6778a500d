package org.esimstore.payment;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where payment providers deliver their webhooks. Public, and authenticated only by the
 * provider's signature over the raw body; a delivery is answered as soon as its event is
 * stored, and answered the same when it repeats an event already stored.
 */
@RestController
class PaymentWebhookController {

	private final WebhookReceiver receiver;

	PaymentWebhookController(WebhookReceiver receiver) {
		this.receiver = receiver;
	}

	@PostMapping("/api/v1/payments/{provider}/webhook")
	WebhookAnswer receive(@PathVariable String provider, @RequestBody(required = false) byte @Nullable [] body,
			@RequestHeader HttpHeaders headers) {
		return this.receiver.receive(provider, (body != null) ? body : new byte[0], headers);
	}

}
