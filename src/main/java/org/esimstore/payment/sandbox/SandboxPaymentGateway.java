package org.esimstore.payment.sandbox;

import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.esimstore.checkout.PayableOrder;
import org.esimstore.checkout.PaymentGateway;
import org.esimstore.checkout.PaymentInstructions;
import org.esimstore.checkout.PaymentRefund;
import org.esimstore.checkout.RefundResult;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A payment provider that takes no money: the customer confirms the payment of their own
 * order with {@code POST /api/v1/sandbox/orders/{id}/pay}, and refunds move nothing. New
 * orders may use it only when {@code storefront.payment.provider} is {@code sandbox}; the
 * setting is read when the bean is created rather than through a bean condition, so that
 * properties registered by tests count too.
 */
@Component
class SandboxPaymentGateway implements PaymentGateway {

	static final String PROVIDER = "sandbox";

	private static final Logger logger = LoggerFactory.getLogger(SandboxPaymentGateway.class);

	private final boolean active;

	SandboxPaymentGateway(@Value("${storefront.payment.provider:}") String provider) {
		this.active = PROVIDER.equalsIgnoreCase(provider.strip());
	}

	/**
	 * Whether sandbox payments are the configured provider.
	 * @return true only when {@code storefront.payment.provider=sandbox}
	 */
	boolean active() {
		return this.active;
	}

	@EventListener(ApplicationReadyEvent.class)
	void warnWhenActive() {
		if (this.active) {
			logger.warn("SANDBOX PAYMENTS are active (PAYMENT_PROVIDER=sandbox): customers mark their own orders "
					+ "paid with POST /api/v1/sandbox/orders/{id}/pay and no money is taken. Never run this in "
					+ "production.");
		}
	}

	@Override
	public String provider() {
		return PROVIDER;
	}

	@Override
	public boolean available() {
		return this.active;
	}

	@Override
	public PaymentInstructions start(PayableOrder order) {
		return new PaymentInstructions(PROVIDER, paymentId(order.orderId()), payUrl(order.orderId()), null);
	}

	@Override
	public RefundResult refund(PaymentRefund refund) {
		logger.info("Sandbox refund of {} for order {} (payment '{}'): no money moves", refund.amount(),
				refund.orderId(), refund.providerPaymentId());
		return new RefundResult.Accepted("sandbox_refund_" + refund.providerPaymentId(), "succeeded");
	}

	/**
	 * The one sandbox payment an order can have, so that paying twice is a repeat rather
	 * than a second payment.
	 * @param orderId the order
	 * @return the payment id, also the payment reference
	 */
	static String paymentId(UUID orderId) {
		return "sandbox_" + orderId;
	}

	static String payUrl(UUID orderId) {
		return "/api/v1/sandbox/orders/" + orderId + "/pay";
	}

}
