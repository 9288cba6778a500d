package org.esimstore.payment.stripe;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

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
 * Takes payment with a Stripe Checkout Session per order; the session's id is the order's
 * payment reference and its page the checkout URL. Sessions and refunds are created with
 * idempotency keys derived from the order, so a repeated call after a lost answer does
 * the work once.
 * <p>
 * Stripe keeps a session open for at least 30 minutes, so a session may outlive the
 * order's payment window by a minute or two; a payment in that gap finds the order
 * cancelled and is refunded.
 */
class StripePaymentGateway implements PaymentGateway {

	static final String PROVIDER = PaymentProviderType.STRIPE.id();

	/** Stripe's shortest session lifetime, with a minute to spare for the call itself. */
	private static final Duration SHORTEST_SESSION = Duration.ofMinutes(31);

	private static final String ALREADY_REFUNDED = "charge_already_refunded";

	private final StripeClient client;

	private final Clock clock;

	StripePaymentGateway(StripeClient client, Clock clock) {
		this.client = client;
		this.clock = clock;
	}

	@Override
	public String provider() {
		return PROVIDER;
	}

	@Override
	public PaymentInstructions start(PayableOrder order) {
		StripeCheckoutSession session = this.client
			.createCheckoutSession(new StripeCheckoutRequest(order.orderId().toString(), order.orderId().toString(),
					order.amount(), order.description(), order.customerEmail(), expiry(order.paymentExpiresAt())));
		if (session.url() == null) {
			throw new IllegalStateException(
					"Stripe opened Checkout Session '" + session.sessionId() + "' without a payment page");
		}
		return new PaymentInstructions(PROVIDER, session.sessionId(), session.url(), null);
	}

	/**
	 * When the session stops taking payment: with the order's payment window, but never
	 * sooner than Stripe allows; whole minutes, so that a repeated start within the same
	 * minute sends the same parameters under the same idempotency key.
	 * @param paymentExpiresAt when the order is cancelled unless paid
	 * @return the session's expiry
	 */
	Instant expiry(Instant paymentExpiresAt) {
		Instant shortest = this.clock.instant().truncatedTo(ChronoUnit.MINUTES).plus(SHORTEST_SESSION);
		Instant wanted = paymentExpiresAt.truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofMinutes(1));
		return wanted.isAfter(shortest) ? wanted : shortest;
	}

	@Override
	public RefundResult refund(PaymentRefund refund) {
		ProviderRefund made;
		try {
			made = this.client.refund(refund.orderId().toString(), refund.providerPaymentId(), null);
		}
		catch (PaymentProviderUnavailableException ex) {
			return ex.certainlyNotApplied() ? new RefundResult.NotSent(ex.getMessage())
					: new RefundResult.OutcomeUnknown(ex.getMessage());
		}
		catch (PaymentProviderRejectedException ex) {
			if (ALREADY_REFUNDED.equals(ex.providerCode())) {
				return new RefundResult.Accepted(null, "already refunded");
			}
			return ex.isAuthenticationFailure() ? new RefundResult.NotSent(ex.getMessage())
					: new RefundResult.Refused(ex.getMessage());
		}
		if (made.status() == RefundStatus.FAILED) {
			return new RefundResult.Refused(
					"Stripe reports refund '" + made.refundId() + "' as " + made.providerStatus());
		}
		return new RefundResult.Accepted(made.refundId(), made.providerStatus());
	}

}
