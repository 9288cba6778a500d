package org.esimstore.checkout;

import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Component;

/**
 * Runs fulfilment in the background on every instance: purchases, reconciliation of
 * unclear purchases (also those a stopped instance left behind, from the first run after
 * start-up), provisioning checks, refunds, and housekeeping of unpaid and stuck orders.
 * Instances share the work through row locks, never through memory.
 * <p>
 * Each loop has its own thread, so that a purchase waiting for Dancity neither delays
 * provisioning nor the application's other scheduled tasks.
 */
@Component
class FulfilmentWorker implements SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(FulfilmentWorker.class);

	private static final int LOOPS = 5;

	private final Fulfilment fulfilment;

	private final Refunds refunds;

	private final OrderRepository orders;

	private final CheckoutProperties properties;

	private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();

	private volatile boolean running;

	FulfilmentWorker(Fulfilment fulfilment, Refunds refunds, OrderRepository orders, CheckoutProperties properties) {
		this.fulfilment = fulfilment;
		this.refunds = refunds;
		this.orders = orders;
		this.properties = properties;
		this.scheduler.setPoolSize(LOOPS);
		this.scheduler.setThreadNamePrefix("checkout-");
		// A purchase in flight when the service stops is better answered than reconciled.
		this.scheduler.setWaitForTasksToCompleteOnShutdown(true);
		this.scheduler.setAwaitTerminationSeconds(30);
	}

	@Override
	public void start() {
		this.scheduler.initialize();
		this.scheduler.scheduleWithFixedDelay(() -> run("purchase", this.fulfilment::purchaseDueOrders),
				this.properties.pollInterval());
		this.scheduler.scheduleWithFixedDelay(() -> run("reconciliation", this.fulfilment::reconcileUnclearPurchases),
				this.properties.pollInterval());
		this.scheduler.scheduleWithFixedDelay(() -> run("provisioning", this.fulfilment::provisionDueOrders),
				this.properties.pollInterval());
		this.scheduler.scheduleWithFixedDelay(() -> run("refund", this.refunds::refundDue),
				this.properties.pollInterval());
		this.scheduler.scheduleWithFixedDelay(() -> run("housekeeping", this::housekeeping),
				this.properties.housekeepingInterval());
		this.running = true;
	}

	@Override
	public void stop() {
		this.running = false;
		this.scheduler.shutdown();
	}

	@Override
	public boolean isRunning() {
		return this.running;
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

	private void run(String loop, Runnable work) {
		try {
			work.run();
		}
		catch (RuntimeException ex) {
			logger.warn("Fulfilment {} run failed; the next run tries again: {}", loop, ex.getMessage(), ex);
		}
	}

}
