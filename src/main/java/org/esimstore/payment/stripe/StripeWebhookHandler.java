package org.esimstore.payment.stripe;

import org.esimstore.checkout.PaymentReceived;
import org.esimstore.payment.PaymentProviderType;
import org.esimstore.payment.PaymentVerification;
import org.esimstore.payment.ReceivedWebhook;
import org.esimstore.payment.ReportedPayment;
import org.esimstore.payment.WebhookHandler;

import org.springframework.http.HttpHeaders;

/**
 * Stripe's webhooks: a Checkout Session that completed paid, or whose delayed payment
 * succeeded, pays its order. The event's signature (HMAC-SHA256 with the endpoint's
 * secret, a recent timestamp) is Stripe's confirmation, so no further call is made; the
 * payment is known by its payment intent, which is also what a refund needs.
 */
class StripeWebhookHandler implements WebhookHandler {

	private final StripeWebhooks webhooks;

	StripeWebhookHandler(StripeWebhooks webhooks) {
		this.webhooks = webhooks;
	}

	@Override
	public PaymentProviderType provider() {
		return PaymentProviderType.STRIPE;
	}

	@Override
	public ReceivedWebhook receive(byte[] rawBody, HttpHeaders headers) {
		StripeEvent event = this.webhooks.readVerified(rawBody, headers.getFirst(StripeWebhooks.SIGNATURE_HEADER));
		if (!(event instanceof StripeCheckoutSessionEvent sessionEvent) || !sessionEvent.confirmsPayment()) {
			return ReceivedWebhook.ignored(event.id(), event.type());
		}
		StripeCheckoutSession session = sessionEvent.session();
		if (session.paymentIntentId() == null || session.amountTotal() == null) {
			return ReceivedWebhook.unusable(event.id(), event.type(),
					"Checkout Session '" + session.sessionId() + "' is paid but names no payment intent or amount");
		}
		return ReceivedWebhook.payment(event.id(), event.type(),
				new ReportedPayment(session.sessionId(), session.paymentIntentId(), session.amountTotal()));
	}

	@Override
	public PaymentVerification verify(ReportedPayment payment) {
		return new PaymentVerification.Verified(
				new PaymentReceived(StripePaymentGateway.PROVIDER, payment.providerPaymentId(), payment.amount()));
	}

}
