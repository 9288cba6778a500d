package org.esimstore.payment;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.esimstore.checkout.CheckoutPayments;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes payment webhooks as they arrive: checks the signature before anything is parsed,
 * stores the event once per provider and event id, and answers. Nothing is asked of the
 * provider and no order is fulfilled here; the webhook worker verifies and applies the
 * payment. An order whose payment was reported is kept open meanwhile.
 */
@Service
class WebhookReceiver {

	private static final Logger logger = LoggerFactory.getLogger(WebhookReceiver.class);

	private final Map<String, WebhookHandler> handlers;

	private final WebhookInbox inbox;

	private final CheckoutPayments checkout;

	private final PaymentWebhookProperties properties;

	private final TransactionTemplate transactions;

	WebhookReceiver(List<WebhookHandler> handlers, WebhookInbox inbox, CheckoutPayments checkout,
			PaymentWebhookProperties properties, TransactionTemplate transactions) {
		this.handlers = handlers.stream()
			.collect(Collectors.toMap((handler) -> handler.provider().id(), Function.identity()));
		this.inbox = inbox;
		this.checkout = checkout;
		this.properties = properties;
		this.transactions = transactions;
	}

	/**
	 * Checks and stores one webhook delivery.
	 * @param provider the provider named in the URL
	 * @param rawBody the request body exactly as received
	 * @param headers the request headers
	 * @return the answer for the provider
	 * @throws WebhookEndpointNotFoundException when the provider is not in use
	 * @throws InvalidWebhookSignatureException when the signature is missing or wrong
	 * @throws MalformedProviderPayloadException when the signed body is not an event
	 */
	WebhookAnswer receive(String provider, byte[] rawBody, HttpHeaders headers) {
		WebhookHandler handler = Optional.ofNullable(this.handlers.get(provider))
			.orElseThrow(() -> new WebhookEndpointNotFoundException(provider));
		ReceivedWebhook webhook;
		try {
			webhook = handler.receive(rawBody, headers);
		}
		catch (InvalidWebhookSignatureException ex) {
			logger.warn("Refused a {} webhook: {}", handler.provider().displayName(), ex.reason());
			throw ex;
		}
		Boolean stored = this.transactions.execute((status) -> store(handler.provider(), webhook));
		return new WebhookAnswer(webhook.eventId(), !Boolean.TRUE.equals(stored));
	}

	private boolean store(PaymentProviderType provider, ReceivedWebhook webhook) {
		if (!this.inbox.record(provider, webhook)) {
			logger.info("{} webhook event '{}' ({}) received again; it changes nothing", provider.displayName(),
					webhook.eventId(), webhook.type());
			return false;
		}
		ReportedPayment payment = webhook.payment();
		if (payment != null) {
			logger.info("{} reports payment '{}' of {} for reference '{}' (event '{}'); verifying it",
					provider.displayName(), payment.providerPaymentId(), payment.amount(), payment.reference(),
					webhook.eventId());
			this.checkout.holdForPaymentVerification(payment.reference(), this.properties.verificationHold(),
					provider.displayName() + " reports payment '" + payment.providerPaymentId() + "' of "
							+ payment.amount() + " (event '" + webhook.eventId() + "'); verifying it");
		}
		else if (webhook.problem() != null) {
			logger.warn("{} webhook event '{}' ({}) cannot be used: {}", provider.displayName(), webhook.eventId(),
					webhook.type(), webhook.problem());
		}
		else {
			logger.debug("{} webhook event '{}' ({}) needs nothing done", provider.displayName(), webhook.eventId(),
					webhook.type());
		}
		return true;
	}

}
