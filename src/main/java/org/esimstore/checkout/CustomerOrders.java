package org.esimstore.checkout;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

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
			.map(this::view)
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
		List<Order> found = this.orders.findPage(customerId, page, size);
		Map<UUID, List<RefundLine>> refunds = this.orders.findRefunds(found.stream().map(Order::id).toList())
			.stream()
			.collect(Collectors.groupingBy(RefundLine::orderId));
		List<OrderView> items = found.stream()
			.map((order) -> order.toView(refunds.getOrDefault(order.id(), List.of())))
			.toList();
		return new OrderPage(items, page, size, total, totalPages);
	}

	/**
	 * An order as its customer sees it, with what is owed back on it.
	 * @param order the order
	 * @return the view
	 */
	OrderView view(Order order) {
		return order.toView(this.orders.findRefunds(List.of(order.id())));
	}

}
