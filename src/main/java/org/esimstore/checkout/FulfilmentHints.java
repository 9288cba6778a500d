package org.esimstore.checkout;

import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/**
 * Where news about a purchase at Dancity, such as a webhook, asks for an order to be
 * checked soon. A hint is never taken as the purchase's outcome: it only brings the
 * order's next lookup forward, and the lookup decides.
 */
@Service
public class FulfilmentHints {

	private static final Logger logger = LoggerFactory.getLogger(FulfilmentHints.class);

	private final OrderRepository orders;

	FulfilmentHints(OrderRepository orders) {
		this.orders = orders;
	}

	/**
	 * Makes the order with a reference due for its next check now, when its purchase
	 * outcome is unclear or its eSIM or top-up is not ready yet.
	 * <p>
	 * A hint that arrives while a worker is already checking the order may let a second
	 * worker check it too; that is harmless, because every change of an order is
	 * conditional on the version it was read with.
	 * @param reference the order's customerRef, or Dancity's id of its purchase
	 * @param detail what the order's history records, such as the event reported
	 * @return the orders brought forward, none when no order being fulfilled has the
	 * reference
	 */
	public List<UUID> checkSoon(String reference, String detail) {
		List<UUID> hinted = this.orders.checkSoon(reference, detail);
		hinted.forEach((orderId) -> logger.info("Order {} is checked at Dancity now: {}", orderId, detail));
		return hinted;
	}

}
