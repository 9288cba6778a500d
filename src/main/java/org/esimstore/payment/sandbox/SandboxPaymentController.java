package org.esimstore.payment.sandbox;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.esimstore.checkout.CheckoutPayments;
import org.esimstore.checkout.CustomerOrders;
import org.esimstore.checkout.OrderStatus;
import org.esimstore.checkout.OrderView;
import org.esimstore.checkout.PaymentConfirmation;
import org.esimstore.checkout.PaymentOutcome;
import org.esimstore.checkout.PaymentReceived;

import org.springframework.http.HttpMethod;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Lets a customer pay their own order in the sandbox, as a real provider's checkout page
 * and webhook would; another customer's order is not found, and an order paid with
 * another provider cannot be paid here. Unless sandbox payments are the configured
 * provider, it answers exactly like a path that does not exist.
 */
@RestController
class SandboxPaymentController {

	private final SandboxPaymentGateway gateway;

	private final CustomerOrders customerOrders;

	private final CheckoutPayments payments;

	SandboxPaymentController(SandboxPaymentGateway gateway, CustomerOrders customerOrders, CheckoutPayments payments) {
		this.gateway = gateway;
		this.customerOrders = customerOrders;
		this.payments = payments;
	}

	@PostMapping("/api/v1/sandbox/orders/{orderId}/pay")
	OrderView pay(@AuthenticationPrincipal Jwt token, @PathVariable UUID orderId, HttpServletRequest request)
			throws NoResourceFoundException {
		if (!this.gateway.active()) {
			throw new NoResourceFoundException(HttpMethod.POST, request.getRequestURI(), request.getRequestURI());
		}
		OrderView order = this.customerOrders.find(token.getSubject(), orderId);
		if (order.status() == OrderStatus.CANCELLED) {
			throw new OrderNotPayableException(orderId, order.status());
		}
		if (order.payment() == null || !SandboxPaymentGateway.PROVIDER.equals(order.payment().provider())) {
			throw OrderNotPayableException.notInTheSandbox(orderId, order.status(),
					(order.payment() != null) ? order.payment().provider() : "none");
		}
		PaymentConfirmation confirmation = this.payments.confirmPayment(orderId, new PaymentReceived(
				SandboxPaymentGateway.PROVIDER, SandboxPaymentGateway.paymentId(orderId), order.price()));
		if (confirmation.outcome() == PaymentOutcome.REFUND_REQUIRED) {
			throw new OrderNotPayableException(orderId, confirmation.orderStatus());
		}
		return this.customerOrders.find(token.getSubject(), orderId);
	}

}
