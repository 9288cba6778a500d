package org.esimstore.checkout;

import java.util.Map;

import org.esimstore.system.ApiException;

import org.springframework.http.HttpStatus;

/**
 * No such order, or it belongs to another customer: both answer the same.
 */
public class OrderNotFoundException extends ApiException {

	private final String orderId;

	public OrderNotFoundException(Object orderId) {
		super(HttpStatus.NOT_FOUND, "ORDER_NOT_FOUND", "Order '" + orderId + "' was not found");
		this.orderId = String.valueOf(orderId);
	}

	@Override
	public Map<String, Object> properties() {
		return Map.of("orderId", this.orderId);
	}

}
