package org.esimstore.payment.paystack;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.esimstore.checkout.PayableOrder;
import org.esimstore.checkout.PaymentGateway;
import org.esimstore.checkout.PaymentInstructions;
import org.esimstore.checkout.PaymentRefund;
import org.esimstore.checkout.RefundResult;
import org.esimstore.payment.PaymentProviderRejectedException;
import org.esimstore.payment.PaymentProviderType;
import org.esimstore.payment.PaymentProviderUnavailableException;
import org.esimstore.payment.ProviderRefund;
import org.esimstore.payment.RefundStatus;

/**
 * Takes payment with Paystack: each start initializes a transaction under a fresh
 * reference (Paystack refuses a reference twice, and only the stored start's page ever
 * reaches the customer), with the order's amount in minor units and the customer's email
 * address. Paystack has no idempotency key for refunds, so a refund whose first attempt
 * went unanswered is looked up before it is sent again.
 */
class PaystackPaymentGateway implements PaymentGateway {

	static final String PROVIDER = PaymentProviderType.PAYSTACK.id();

	private static final Logger logger = LoggerFactory.getLogger(PaystackPaymentGateway.class);

	private static final SecureRandom random = new SecureRandom();

	private final PaystackClient client;

	PaystackPaymentGateway(PaystackClient client) {
		this.client = client;
	}

	@Override
	public String provider() {
		return PROVIDER;
	}

	@Override
	public boolean requiresEmail() {
		return true;
	}

	@Override
	public PaymentInstructions start(PayableOrder order) {
		String email = order.customerEmail();
		if (email == null) {
			throw new IllegalStateException(
					"Paystack needs the email address of the customer of order '" + order.orderId() + "'");
		}
		PaystackCheckout checkout = this.client.initialize(reference(order), order.amount(), email,
				Map.of("order_id", order.orderId().toString()));
		logger.debug("Paystack transaction '{}' initialized for order {}", checkout.reference(), order.orderId());
		return new PaymentInstructions(PROVIDER, checkout.reference(), checkout.authorizationUrl(),
				checkout.accessCode());
	}

	private static String reference(PayableOrder order) {
		byte[] suffix = new byte[4];
		random.nextBytes(suffix);
		return order.orderId() + "-" + HexFormat.of().formatHex(suffix);
	}

	@Override
	public RefundResult refund(PaymentRefund refund) {
		try {
			if (refund.afterUnclearAttempt()) {
				List<ProviderRefund> made;
				try {
					made = this.client.refundsOf(refund.providerPaymentId());
				}
				catch (PaymentProviderUnavailableException | PaymentProviderRejectedException ex) {
					return new RefundResult.NotSent("Paystack's refunds of transaction '" + refund.providerPaymentId()
							+ "' could not be looked up, so none was sent: " + ex.getMessage());
				}
				if (!made.isEmpty()) {
					logger.info(
							"Paystack already holds refund '{}' of transaction '{}' (order {}); not sending another",
							made.get(0).refundId(), refund.providerPaymentId(), refund.orderId());
					return accepted(made.get(0));
				}
			}
			return accepted(this.client.refund(refund.providerPaymentId(), null));
		}
		catch (PaymentProviderUnavailableException ex) {
			return ex.certainlyNotApplied() ? new RefundResult.NotSent(ex.getMessage())
					: new RefundResult.OutcomeUnknown(ex.getMessage());
		}
		catch (PaymentProviderRejectedException ex) {
			return ex.isAuthenticationFailure() ? new RefundResult.NotSent(ex.getMessage())
					: new RefundResult.Refused(ex.getMessage());
		}
	}

	private static RefundResult accepted(ProviderRefund refund) {
		if (refund.status() == RefundStatus.FAILED) {
			return new RefundResult.Refused(
					"Paystack reports refund '" + refund.refundId() + "' as " + refund.providerStatus());
		}
		return new RefundResult.Accepted(refund.refundId(), refund.providerStatus());
	}

}
