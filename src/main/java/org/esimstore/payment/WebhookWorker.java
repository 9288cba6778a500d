package org.esimstore.payment;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Component;

/**
 * Processes stored payment webhooks in the background on every instance, on its own
 * thread; instances share the events through row locks.
 */
@Component
class WebhookWorker implements SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(WebhookWorker.class);

	private final WebhookProcessor processor;

	private final PaymentWebhookProperties properties;

	private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();

	private volatile boolean running;

	WebhookWorker(WebhookProcessor processor, PaymentWebhookProperties properties) {
		this.processor = processor;
		this.properties = properties;
		this.scheduler.setPoolSize(1);
		this.scheduler.setThreadNamePrefix("payment-webhooks-");
		this.scheduler.setWaitForTasksToCompleteOnShutdown(true);
		this.scheduler.setAwaitTerminationSeconds(30);
	}

	@Override
	public void start() {
		this.scheduler.initialize();
		this.scheduler.scheduleWithFixedDelay(this::run, this.properties.pollInterval());
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

	private void run() {
		try {
			this.processor.processDue();
		}
		catch (RuntimeException ex) {
			logger.warn("Payment webhook run failed; the next run tries again: {}", ex.getMessage(), ex);
		}
	}

}
