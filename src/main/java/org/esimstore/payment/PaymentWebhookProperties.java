package org.esimstore.payment;

import java.time.Duration;
import java.util.Objects;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How received payment webhooks are processed; the defaults are in
 * {@code application.yml}.
 *
 * @param pollInterval pause between two runs of the webhook worker
 * @param lease how long processing one event may take before another worker may take it
 * @param retryInitial delay before the first retry of an event whose payment could not be
 * verified yet, doubled at each further retry
 * @param retryMax longest delay between retries
 * @param verificationHold how long an unpaid order is kept open at least once its
 * provider reported a payment, so that a verification that has to be retried does not
 * find it cancelled
 * @param batchSize most events one run takes
 */
@ConfigurationProperties("storefront.payment.webhooks")
public record PaymentWebhookProperties(Duration pollInterval, Duration lease, Duration retryInitial, Duration retryMax,
		Duration verificationHold, int batchSize) {

	public PaymentWebhookProperties {
		Objects.requireNonNull(pollInterval, "storefront.payment.webhooks.poll-interval");
		Objects.requireNonNull(lease, "storefront.payment.webhooks.lease");
		Objects.requireNonNull(retryInitial, "storefront.payment.webhooks.retry-initial");
		Objects.requireNonNull(retryMax, "storefront.payment.webhooks.retry-max");
		Objects.requireNonNull(verificationHold, "storefront.payment.webhooks.verification-hold");
		if (batchSize < 1) {
			throw new IllegalArgumentException(
					"storefront.payment.webhooks.batch-size must be at least 1, not " + batchSize);
		}
	}

	/**
	 * The delay before the next attempt at an event.
	 * @param failedAttempts attempts that failed so far, at least 1
	 * @return the delay
	 */
	Duration retryDelay(int failedAttempts) {
		int doublings = Math.min(Math.max(failedAttempts - 1, 0), 30);
		long millis = this.retryInitial.toMillis() << doublings;
		return (millis <= 0 || millis > this.retryMax.toMillis()) ? this.retryMax : Duration.ofMillis(millis);
	}

}
