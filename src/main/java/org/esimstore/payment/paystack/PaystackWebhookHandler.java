package org.esimstore.payment.paystack;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.esimstore.checkout.PaymentReceived;
import org.esimstore.payment.PaymentProviderRejectedException;
import org.esimstore.payment.PaymentProviderType;
import org.esimstore.payment.PaymentProviderUnavailableException;
import org.esimstore.payment.PaymentVerification;
import org.esimstore.payment.ReceivedWebhook;
import org.esimstore.payment.ReportedPayment;
import org.esimstore.payment.WebhookHandler;

import org.springframework.http.HttpHeaders;

/**
 * Paystack's webhooks: {@code charge.success} reports a payment, which counts only once
 * {@code GET /transaction/verify/{reference}} confirms it. Paystack's events carry no id,
 * so a {@code charge.success} is known by its transaction, and any other event by the
 * digest of its body.
 */
class PaystackWebhookHandler implements WebhookHandler {

	private final PaystackWebhooks webhooks;

	private final PaystackClient client;

	PaystackWebhookHandler(PaystackWebhooks webhooks, PaystackClient client) {
		this.webhooks = webhooks;
		this.client = client;
	}

	@Override
	public PaymentProviderType provider() {
		return PaymentProviderType.PAYSTACK;
	}

	@Override
	public ReceivedWebhook receive(byte[] rawBody, HttpHeaders headers) {
		PaystackEvent event = this.webhooks.readVerified(rawBody, headers.getFirst(PaystackWebhooks.SIGNATURE_HEADER));
		if (!(event instanceof PaystackChargeSuccess charge)) {
			return ReceivedWebhook.ignored(event.type() + ":" + digest(rawBody), event.type());
		}
		PaystackTransaction transaction = charge.transaction();
		String eventId = charge.type() + ":" + transaction.transactionId();
		return ReceivedWebhook.payment(eventId, charge.type(),
				new ReportedPayment(transaction.reference(), transaction.transactionId(), transaction.amount()));
	}

	@Override
	public PaymentVerification verify(ReportedPayment payment) {
		PaystackTransaction transaction;
		try {
			transaction = this.client.verify(payment.reference());
		}
		catch (PaymentProviderUnavailableException ex) {
			return new PaymentVerification.RetryLater(ex.getMessage());
		}
		catch (PaymentProviderRejectedException ex) {
			return ex.isAuthenticationFailure() ? new PaymentVerification.RetryLater(ex.getMessage())
					: new PaymentVerification.NotVerified(ex.getMessage());
		}
		catch (IllegalArgumentException ex) {
			return new PaymentVerification.NotVerified(ex.getMessage());
		}
		if (!transaction.reference().equals(payment.reference())) {
			return new PaymentVerification.NotVerified("Paystack verified reference '" + transaction.reference()
					+ "' when asked for '" + payment.reference() + "'");
		}
		return switch (transaction.status()) {
			case SUCCESS -> new PaymentVerification.Verified(new PaymentReceived(PaystackPaymentGateway.PROVIDER,
					transaction.transactionId(), transaction.amount()));
			case PENDING, ONGOING, PROCESSING, QUEUED -> new PaymentVerification.RetryLater(
					"Paystack transaction '" + payment.reference() + "' is still " + transaction.status());
			case FAILED, ABANDONED, REVERSED, UNKNOWN -> new PaymentVerification.NotVerified(
					"Paystack transaction '" + payment.reference() + "' is " + transaction.status());
		};
	}

	private static String digest(byte[] body) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
	}

}
