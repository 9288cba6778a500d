package org.esimstore.checkout;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where payment providers report confirmed payments. Confirming is idempotent per
 * provider and payment id; a payment that cannot pay its order (already paid, cancelled,
 * wrong amount or currency) is recorded, flagged and refunded, and never fulfils an order
 * twice.
 */
@Service
public class CheckoutPayments {

	private static final Logger logger = LoggerFactory.getLogger(CheckoutPayments.class);

	private final OrderRepository orders;

	CheckoutPayments(OrderRepository orders) {
		this.orders = orders;
	}

	/**
	 * Confirms a payment of an order.
	 * @param orderId the order paid
	 * @param payment the payment, verified by the provider
	 * @return what the payment did
	 * @throws OrderNotFoundException when there is no such order
	 */
	@Transactional
	public PaymentConfirmation confirmPayment(UUID orderId, PaymentReceived payment) {
		Order order = this.orders.lockById(orderId).orElseThrow(() -> new OrderNotFoundException(orderId));
		return confirm(order, payment);
	}

	/**
	 * Confirms a payment of the order its payment was started for.
	 * @param paymentReference the reference from the order's payment instructions
	 * @param payment the payment, verified by the provider
	 * @return what the payment did
	 * @throws OrderNotFoundException when no order has that payment reference
	 */
	@Transactional
	public PaymentConfirmation confirmPaymentByReference(String paymentReference, PaymentReceived payment) {
		Order order = this.orders.lockByPaymentReference(paymentReference)
			.orElseThrow(() -> new OrderNotFoundException(paymentReference));
		return confirm(order, payment);
	}

	/**
	 * The order a payment reference was given to.
	 * @param paymentReference the reference from the order's payment instructions
	 * @return the order's id, empty when no order has that reference
	 */
	public Optional<UUID> findOrderByPaymentReference(String paymentReference) {
		return this.orders.findIdByPaymentReference(paymentReference);
	}

	/**
	 * Keeps an unpaid order from being cancelled for a while, because its provider
	 * reported a payment that is still being verified; a verified payment then finds the
	 * order still open.
	 * @param paymentReference the reference from the order's payment instructions
	 * @param hold how long from now the order stays open at least
	 * @param detail what the order's history records
	 * @return the order held, empty when no unpaid order has the reference
	 */
	public Optional<UUID> holdForPaymentVerification(String paymentReference, Duration hold, String detail) {
		return this.orders.holdPaymentWindow(paymentReference, hold, detail);
	}

	private PaymentConfirmation confirm(Order order, PaymentReceived payment) {
		Optional<RecordedPayment> recorded = this.orders.findPayment(payment.provider(), payment.providerPaymentId());
		if (recorded.isPresent()) {
			if (!recorded.get().orderId().equals(order.id())) {
				throw new PaymentAlreadyRecordedException(payment, recorded.get().orderId());
			}
			return new PaymentConfirmation(order.id(), recorded.get().outcome(), true, order.state().publicStatus());
		}
		if (order.state() == OrderState.AWAITING_PAYMENT && payment.amount().equals(order.price())) {
			this.orders.insertPayment(order.id(), payment, PaymentOutcome.APPLIED, null);
			this.orders.apply(OrderUpdate.of(order, OrderState.PAID, OrderEventType.PAID)
				.paidNow()
				.stepAttempts(0)
				.nextAttemptIn(Duration.ZERO)
				.detail("Paid " + payment.amount() + " with " + payment.provider() + " (payment '"
						+ payment.providerPaymentId() + "')"));
			logger.info("Order {} paid: {} with {}", order.id(), payment.amount(), payment.provider());
			return new PaymentConfirmation(order.id(), PaymentOutcome.APPLIED, false, OrderStatus.PROCESSING);
		}
		String reason = (order.state() == OrderState.AWAITING_PAYMENT)
				? "Paid " + payment.amount() + " but the order costs " + order.price()
				: "Paid " + payment.amount() + " for an order already " + order.state();
		this.orders.insertPayment(order.id(), payment, PaymentOutcome.REFUND_REQUIRED, reason);
		this.orders.recordEvent(order.id(), OrderEventType.PAYMENT_REFUND_REQUIRED, order.state(), order.state(),
				reason + " (" + payment.provider() + " payment '" + payment.providerPaymentId() + "')");
		this.orders.flagAttention(order.id(), order.state(), "Payment '" + payment.providerPaymentId() + "' with "
				+ payment.provider() + " cannot pay the order and is refunded: " + reason);
		logger.warn("Payment '{}' with {} cannot pay order {} and is marked for refund: {}",
				payment.providerPaymentId(), payment.provider(), order.id(), reason);
		return new PaymentConfirmation(order.id(), PaymentOutcome.REFUND_REQUIRED, false, order.state().publicStatus());
	}

}
