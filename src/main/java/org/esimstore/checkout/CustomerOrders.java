package org.esimstore.checkout;

import java.util.UUID;

import org.springframework.stereotype.Service;

/**
 * A customer's orders as they see them; another customer's order is not found, exactly
 * like a missing one.
 */
@Service
public class CustomerOrders {

	private final OrderRepository orders;

	CustomerOrders(OrderRepository orders) {
		this.orders = orders;
	}

	/**
	 * One of the customer's orders.
	 * @param customerId the customer (the token's subject)
	 * @param orderId the order
	 * @return the order
	 * @throws OrderNotFoundException when it does not exist or belongs to someone else
	 */
	public OrderView find(String customerId, UUID orderId) {
		return this.orders.findForCustomer(customerId, orderId)
			.map(Order::toView)
			.orElseThrow(() -> new OrderNotFoundException(orderId));
	}

	/**
	 * One page of the customer's orders, newest first.
	 * @param customerId the customer (the token's subject)
	 * @param page the page, from 0
	 * @param size the page size
	 * @return the page
	 */
	public OrderPage list(String customerId, int page, int size) {
		long total = this.orders.countForCustomer(customerId);
		int totalPages = (int) ((total + size - 1) / size);
		return new OrderPage(this.orders.findPage(customerId, page, size).stream().map(Order::toView).toList(), page,
				size, total, totalPages);
	}

}
