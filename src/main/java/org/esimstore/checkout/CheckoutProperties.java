package org.esimstore.checkout;

import java.time.Duration;
import java.util.Objects;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Timings of checkout and of the fulfilment worker; the defaults are in
 * {@code application.yml}.
 *
 * @param pollInterval pause between two runs of the fulfilment worker
 * @param housekeepingInterval pause between two sweeps for unpaid and stuck orders
 * @param priceMaxAge how old the catalog entry an order is priced from may be
 * @param paymentWindow how long an order may stay unpaid before it is cancelled
 * @param purchaseLease how long a claimed purchase counts as in flight; longer than the
 * slowest purchase call, after which an order still being purchased is reconciled as
 * interrupted
 * @param purchaseRetry backoff while Dancity cannot take a purchase (unavailable, circuit
 * open, rate limited)
 * @param reconciliation backoff between lookups of a purchase whose outcome is unclear
 * @param reconciliationGrace how long after a purchase call Dancity must still not know
 * the purchase, answering clearly, before it is sent again
 * @param provisioningPoll backoff between checks whether a bought eSIM or top-up is ready
 * @param provisioningLimit how long a paid order may take before it is flagged for
 * attention
 * @param batchSize most orders one worker run takes for a step
 */
@ConfigurationProperties("storefront.checkout")
record CheckoutProperties(Duration pollInterval, Duration housekeepingInterval, Duration priceMaxAge,
		Duration paymentWindow, Duration purchaseLease, Backoff purchaseRetry, Backoff reconciliation,
		Duration reconciliationGrace, Backoff provisioningPoll, Duration provisioningLimit, int batchSize) {

	CheckoutProperties {
		Objects.requireNonNull(pollInterval, "storefront.checkout.poll-interval");
		Objects.requireNonNull(housekeepingInterval, "storefront.checkout.housekeeping-interval");
		Objects.requireNonNull(priceMaxAge, "storefront.checkout.price-max-age");
		Objects.requireNonNull(paymentWindow, "storefront.checkout.payment-window");
		Objects.requireNonNull(purchaseLease, "storefront.checkout.purchase-lease");
		Objects.requireNonNull(purchaseRetry, "storefront.checkout.purchase-retry");
		Objects.requireNonNull(reconciliation, "storefront.checkout.reconciliation");
		Objects.requireNonNull(reconciliationGrace, "storefront.checkout.reconciliation-grace");
		Objects.requireNonNull(provisioningPoll, "storefront.checkout.provisioning-poll");
		Objects.requireNonNull(provisioningLimit, "storefront.checkout.provisioning-limit");
		if (batchSize < 1) {
			throw new IllegalArgumentException("storefront.checkout.batch-size must be at least 1, not " + batchSize);
		}
	}

	/**
	 * Exponential backoff: the first delay, doubled at each further attempt up to a
	 * ceiling.
	 *
	 * @param initial delay after the first attempt
	 * @param max longest delay
	 */
	record Backoff(Duration initial, Duration max) {

		Backoff {
			Objects.requireNonNull(initial, "initial");
			Objects.requireNonNull(max, "max");
		}

		/**
		 * The delay before the next attempt.
		 * @param attempts attempts that failed so far, counting from 0
		 * @return the delay
		 */
		Duration delay(int attempts) {
			int doublings = Math.min(Math.max(attempts, 0), 30);
			long millis = this.initial.toMillis() << doublings;
			return (millis <= 0 || millis > this.max.toMillis()) ? this.max : Duration.ofMillis(millis);
		}

	}

}
