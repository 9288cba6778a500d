package org.esimstore.checkout;

import java.time.Duration;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.esimstore.checkout.RefundRepository.RefundChange;

import org.springframework.stereotype.Component;

/**
 * Gives back money owed to customers: the payment of a paid order that failed, and a
 * payment that could not pay its order (late, repeated, or of the wrong amount). Each is
 * sent through the provider that took it, at most once at a time, and after an unclear
 * outcome only in a way the provider cannot turn into a second refund; with refunds set
 * to manual, or for a provider no gateway can refund, the merchant is flagged instead.
 */
@Component
class Refunds {

	private static final Logger logger = LoggerFactory.getLogger(Refunds.class);

	private final RefundRepository refunds;

	private final PaymentGateways gateways;

	private final CheckoutProperties properties;

	Refunds(RefundRepository refunds, PaymentGateways gateways, CheckoutProperties properties) {
		this.refunds = refunds;
		this.gateways = gateways;
		this.properties = properties;
	}

	/**
	 * Sends due refunds, or hands them to the merchant.
	 */
	void refundDue() {
		boolean manual = this.properties.refunds().mode() == CheckoutProperties.RefundMode.MANUAL;
		List<String> refundable = this.gateways.refundableProviders();
		for (ClaimedRefund refund : this.refunds.handOverToMerchant(manual, refundable)) {
			logger.warn("Refund of {} for order {} ({} payment '{}') is left to the merchant", refund.amount(),
					refund.orderId(), refund.provider(), refund.providerPaymentId());
		}
		if (manual) {
			return;
		}
		CheckoutProperties.Refunds settings = this.properties.refunds();
		for (ClaimedRefund refund : this.refunds.claimDue(refundable, settings.lease(), this.properties.batchSize())) {
			send(refund);
		}
	}

	private void send(ClaimedRefund refund) {
		PaymentGateway gateway = this.gateways.forRefund(refund.provider())
			.orElseThrow(() -> new IllegalStateException("No gateway refunds '" + refund.provider() + "' payments"));
		String reason = (refund.reason() != null) ? refund.reason() : "Order " + refund.orderId() + " refunded";
		RefundResult result;
		try {
			result = gateway.refund(new PaymentRefund(refund.orderId(), refund.provider(), refund.providerPaymentId(),
					refund.amount(), reason, refund.afterUnclearAttempt()));
		}
		catch (RuntimeException ex) {
			logger.warn("Refund of order {} through {} failed unexpectedly; its outcome counts as unclear",
					refund.orderId(), refund.provider(), ex);
			result = new RefundResult.OutcomeUnknown(String.valueOf(ex.getMessage()));
		}
		record(refund, result);
	}

	private void record(ClaimedRefund refund, RefundResult result) {
		String payment = refund.provider() + " payment '" + refund.providerPaymentId() + "'";
		RefundChange change = switch (result) {
			case RefundResult.Accepted accepted -> {
				logger.info("Refunded {} for order {} through {}: refund '{}', status {}", refund.amount(),
						refund.orderId(), refund.provider(), accepted.refundId(), accepted.providerStatus());
				yield new RefundChange(RefundState.REFUNDED, accepted.refundId(), null, false, OrderEventType.REFUNDED,
						"Refunded " + refund.amount() + " (" + payment + "): " + refund.provider() + " refund '"
								+ accepted.refundId() + "', status " + accepted.providerStatus(),
						null);
			}
			case RefundResult.NotSent notSent -> deferred(refund, payment, false, notSent.reason());
			case RefundResult.OutcomeUnknown unknown -> deferred(refund, payment, true, unknown.reason());
			case RefundResult.Refused refused -> {
				logger.warn("{} refused the refund of order {} ({}); the merchant has to refund it by hand: {}",
						refund.provider(), refund.orderId(), payment, refused.reason());
				yield new RefundChange(RefundState.REFUND_MANUAL, null, null, false, OrderEventType.REFUND_MANUAL,
						refund.provider() + " refused the refund of " + refund.amount() + " (" + payment + "): "
								+ refused.reason(),
						"Refund " + refund.amount() + " to the customer by hand: " + refund.provider() + " refused it ("
								+ refused.reason() + ")");
			}
		};
		if (!this.refunds.finish(refund, change)) {
			logger.warn("Refund of order {} ({}) changed while {} was asked; keeping the newer state", refund.orderId(),
					payment, refund.provider());
		}
	}

	private RefundChange deferred(ClaimedRefund refund, String payment, boolean unclear, String reason) {
		Duration delay = this.properties.refunds().retry().delay(refund.attempts() - 1);
		logger.warn("Refund of order {} ({}) {}; trying again in {}: {}", refund.orderId(), payment,
				unclear ? "has an unclear outcome" : "did not reach " + refund.provider(), DurationText.of(delay),
				reason);
		return new RefundChange(RefundState.REFUND_PENDING, null, delay, unclear, OrderEventType.REFUND_DEFERRED,
				(unclear ? "Outcome unclear" : "Not sent") + ", retrying in " + DurationText.of(delay) + ": " + reason,
				null);
	}

}
