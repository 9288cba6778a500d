package org.esimstore.checkout;

import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Runs fulfilment in the background on every instance: purchases, reconciliation of
 * unclear purchases (also those a stopped instance left behind, from the first run after
 * start-up), provisioning checks, and housekeeping of unpaid and stuck orders. Instances
 * share the work through row locks, never through memory.
 */
@Component
class FulfilmentWorker implements SchedulingConfigurer {

	private static final Logger logger = LoggerFactory.getLogger(FulfilmentWorker.class);

	private final Fulfilment fulfilment;

	private final OrderRepository orders;

	private final CheckoutProperties properties;

	FulfilmentWorker(Fulfilment fulfilment, OrderRepository orders, CheckoutProperties properties) {
		this.fulfilment = fulfilment;
		this.orders = orders;
		this.properties = properties;
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		registrar.addFixedDelayTask(() -> run("purchase", this.fulfilment::purchaseDueOrders),
				this.properties.pollInterval());
		registrar.addFixedDelayTask(() -> run("reconciliation", this.fulfilment::reconcileUnclearPurchases),
				this.properties.pollInterval());
		registrar.addFixedDelayTask(() -> run("provisioning", this.fulfilment::provisionDueOrders),
				this.properties.pollInterval());
		registrar.addFixedDelayTask(() -> run("housekeeping", this::housekeeping),
				this.properties.housekeepingInterval());
	}

	/**
	 * Cancels orders not paid in time and flags paid orders that take too long.
	 */
	void housekeeping() {
		List<UUID> expired = this.orders.expireUnpaid();
		if (!expired.isEmpty()) {
			logger.info("Cancelled {} order(s) not paid in time", expired.size());
		}
		for (Order order : this.orders.flagStuck(this.properties.provisioningLimit())) {
			logger.warn("Order {} needs attention: {} (customerRef '{}', {} purchase attempt(s))", order.id(),
					order.attentionReason(), order.customerRef(), order.purchaseAttempts());
		}
	}

	private void run(String step, Runnable work) {
		try {
			work.run();
		}
		catch (RuntimeException ex) {
			logger.warn("Fulfilment {} run failed; the next run tries again: {}", step, ex.getMessage(), ex);
		}
	}

}
