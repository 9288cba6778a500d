package org.esimstore.payment.sandbox;

import java.util.UUID;

import org.esimstore.checkout.CheckoutPayments;
import org.esimstore.checkout.CustomerOrders;
import org.esimstore.checkout.OrderStatus;
import org.esimstore.checkout.OrderView;
import org.esimstore.checkout.PaymentConfirmation;
import org.esimstore.checkout.PaymentOutcome;
import org.esimstore.checkout.PaymentReceived;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Lets a customer pay their own order in the sandbox, as a real provider's checkout page
 * and webhook would; another customer's order is not found.
 */
@RestController
@ConditionalOnProperty(name = "storefront.payment.provider", havingValue = SandboxPaymentGateway.PROVIDER)
class SandboxPaymentController {

	private final CustomerOrders customerOrders;

	private final CheckoutPayments payments;

	SandboxPaymentController(CustomerOrders customerOrders, CheckoutPayments payments) {
		this.customerOrders = customerOrders;
		this.payments = payments;
	}

	@PostMapping("/api/v1/sandbox/orders/{orderId}/pay")
	OrderView pay(@AuthenticationPrincipal Jwt token, @PathVariable UUID orderId) {
		OrderView order = this.customerOrders.find(token.getSubject(), orderId);
		if (order.status() == OrderStatus.CANCELLED) {
			throw new OrderNotPayableException(orderId, order.status());
		}
		PaymentConfirmation confirmation = this.payments.confirmPayment(orderId, new PaymentReceived(
				SandboxPaymentGateway.PROVIDER, SandboxPaymentGateway.paymentId(orderId), order.price()));
		if (confirmation.outcome() == PaymentOutcome.REFUND_REQUIRED) {
			throw new OrderNotPayableException(orderId, confirmation.orderStatus());
		}
		return this.customerOrders.find(token.getSubject(), orderId);
	}

}
