package org.esimstore.payment;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.esimstore.checkout.CheckoutPayments;
import org.esimstore.checkout.OrderNotFoundException;
import org.esimstore.checkout.PaymentAlreadyRecordedException;
import org.esimstore.checkout.PaymentConfirmation;
import org.esimstore.checkout.PaymentOutcome;

import org.springframework.stereotype.Component;

/**
 * Applies the payments stored webhooks report: an event whose reference belongs to no
 * order is set aside, any other payment is verified with its provider and handed to
 * checkout, which pays the order, or records the payment for refund when it cannot pay it
 * (wrong amount or currency, order already paid or cancelled). A verification that cannot
 * be done now is retried later with backoff; the event is never lost.
 */
@Component
class WebhookProcessor {

	private static final Logger logger = LoggerFactory.getLogger(WebhookProcessor.class);

	private final WebhookInbox inbox;

	private final Map<PaymentProviderType, WebhookHandler> handlers;

	private final CheckoutPayments checkout;

	private final PaymentWebhookProperties properties;

	WebhookProcessor(WebhookInbox inbox, List<WebhookHandler> handlers, CheckoutPayments checkout,
			PaymentWebhookProperties properties) {
		this.inbox = inbox;
		this.handlers = handlers.stream().collect(Collectors.toMap(WebhookHandler::provider, Function.identity()));
		this.checkout = checkout;
		this.properties = properties;
	}

	/**
	 * Processes the pending events that are due.
	 */
	void processDue() {
		for (InboxEvent event : this.inbox.claimDue(this.properties.lease(), this.properties.batchSize())) {
			try {
				process(event);
			}
			catch (RuntimeException ex) {
				logger.warn("{} webhook event '{}' could not be processed; trying again later",
						event.provider().displayName(), event.eventId(), ex);
				retry(event, "Unexpected failure: " + ex.getMessage());
			}
		}
	}

	private void process(InboxEvent event) {
		ReportedPayment payment = event.payment();
		if (this.checkout.findOrderByPaymentReference(payment.reference()).isEmpty()) {
			unmatched(event);
			return;
		}
		WebhookHandler handler = this.handlers.get(event.provider());
		if (handler == null) {
			retry(event, event.provider().displayName() + " is not configured; cannot verify the payment");
			return;
		}
		switch (handler.verify(payment)) {
			case PaymentVerification.Verified verified -> apply(event, verified);
			case PaymentVerification.NotVerified notVerified -> {
				logger.warn("{} does not confirm payment '{}' for reference '{}' (event '{}'); nothing changes: {}",
						event.provider().displayName(), payment.providerPaymentId(), payment.reference(),
						event.eventId(), notVerified.reason());
				finish(event, WebhookStatus.REJECTED,
						"Not confirmed by " + event.provider().displayName() + ": " + notVerified.reason());
			}
			case PaymentVerification.RetryLater later -> retry(event, later.reason());
		}
	}

	private void apply(InboxEvent event, PaymentVerification.Verified verified) {
		PaymentConfirmation confirmation;
		try {
			confirmation = this.checkout.confirmPaymentByReference(event.payment().reference(), verified.payment());
		}
		catch (OrderNotFoundException ex) {
			unmatched(event);
			return;
		}
		catch (PaymentAlreadyRecordedException ex) {
			logger.warn("{} webhook event '{}' is not applied: {}", event.provider().displayName(), event.eventId(),
					ex.getMessage());
			finish(event, WebhookStatus.REJECTED, ex.getMessage());
			return;
		}
		String detail = describe(confirmation, verified);
		if (!confirmation.repeated()) {
			logger.info("{} webhook event '{}': {}", event.provider().displayName(), event.eventId(), detail);
		}
		finish(event, WebhookStatus.PROCESSED, detail);
	}

	private static String describe(PaymentConfirmation confirmation, PaymentVerification.Verified verified) {
		String payment = "payment '" + verified.payment().providerPaymentId() + "' of " + verified.payment().amount();
		if (confirmation.repeated()) {
			return "Verified " + payment + ", already recorded for order " + confirmation.orderId();
		}
		if (confirmation.outcome() == PaymentOutcome.APPLIED) {
			return "Verified " + payment + "; order " + confirmation.orderId() + " is paid";
		}
		return "Verified " + payment + ", which cannot pay order " + confirmation.orderId() + " ("
				+ confirmation.orderStatus() + "); recorded for refund";
	}

	private void unmatched(InboxEvent event) {
		logger.warn("{} webhook event '{}' reports payment '{}' for reference '{}', which no order here has",
				event.provider().displayName(), event.eventId(), event.payment().providerPaymentId(),
				event.payment().reference());
		finish(event, WebhookStatus.UNMATCHED, "No order has payment reference '" + event.payment().reference() + "'");
	}

	private void finish(InboxEvent event, WebhookStatus status, String detail) {
		if (!this.inbox.finish(event, status, detail)) {
			logger.info("{} webhook event '{}' changed while it was processed; keeping the newer state",
					event.provider().displayName(), event.eventId());
		}
	}

	private void retry(InboxEvent event, String reason) {
		Duration delay = this.properties.retryDelay(event.attempts());
		logger.warn("Payment '{}' of {} webhook event '{}' is not verified yet (attempt {}); trying again in {} ms: {}",
				event.payment().providerPaymentId(), event.provider().displayName(), event.eventId(), event.attempts(),
				delay.toMillis(), reason);
		this.inbox.retry(event, delay, reason);
	}

}
