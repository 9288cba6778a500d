package org.esimstore.payment.sandbox;

import java.util.Map;
import java.util.UUID;

import org.esimstore.checkout.OrderStatus;
import org.esimstore.system.ApiException;

import org.springframework.http.HttpStatus;

/**
 * The sandbox was asked to pay an order that can no longer be paid.
 */
class OrderNotPayableException extends ApiException {

	private final OrderStatus status;

	OrderNotPayableException(UUID orderId, OrderStatus status) {
		this(status, "Order '" + orderId + "' cannot be paid while it is " + status);
	}

	private OrderNotPayableException(OrderStatus status, String message) {
		super(HttpStatus.CONFLICT, "ORDER_NOT_PAYABLE", message);
		this.status = status;
	}

	static OrderNotPayableException notInTheSandbox(UUID orderId, OrderStatus status, String provider) {
		return new OrderNotPayableException(status,
				"Order '" + orderId + "' is paid with payment provider '" + provider + "', not in the sandbox");
	}

	@Override
	public Map<String, Object> properties() {
		return Map.of("orderStatus", this.status.name());
	}

}
