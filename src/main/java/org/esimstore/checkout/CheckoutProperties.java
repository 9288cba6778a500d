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
 * @param refunds how money owed to customers is given back
 * @param supplierBalance the check, before an order is taken, that Dancity's wallet can
 * pay for it
 */
@ConfigurationProperties("storefront.checkout")
record CheckoutProperties(Duration pollInterval, Duration housekeepingInterval, Duration priceMaxAge,
		Duration paymentWindow, Duration purchaseLease, Backoff purchaseRetry, Backoff reconciliation,
		Duration reconciliationGrace, Backoff provisioningPoll, Duration provisioningLimit, int batchSize,
		Refunds refunds, SupplierBalance supplierBalance) {

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
		Objects.requireNonNull(refunds, "storefront.checkout.refunds");
		Objects.requireNonNull(supplierBalance, "storefront.checkout.supplier-balance");
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

	/**
	 * How money owed to customers is given back: the refund of a paid order that failed,
	 * and of a payment that could not pay its order.
	 *
	 * @param mode {@code automatic} to refund through the payment provider,
	 * {@code manual} to flag each refund for the merchant
	 * @param lease how long a refund call may take before its outcome counts as unclear
	 * @param retry backoff while a refund cannot reach the provider or its outcome is
	 * unclear
	 */
	record Refunds(RefundMode mode, Duration lease, Backoff retry) {

		Refunds {
			Objects.requireNonNull(mode, "storefront.checkout.refunds.mode");
			Objects.requireNonNull(lease, "storefront.checkout.refunds.lease");
			Objects.requireNonNull(retry, "storefront.checkout.refunds.retry");
		}

	}

	/**
	 * Whether refunds are sent to the payment provider or left to the merchant.
	 */
	enum RefundMode {

		/** Sent to the payment provider that took the payment. */
		AUTOMATIC,

		/** Flagged for the merchant, who gives the money back by hand. */
		MANUAL

	}

	/**
	 * The check, before an order is taken, that Dancity's wallet covers the wholesale
	 * cost of the orders paid and not bought yet plus the new one.
	 *
	 * @param check whether to check at all
	 * @param cacheTime how long a balance read stays good
	 */
	record SupplierBalance(boolean check, Duration cacheTime) {

		SupplierBalance {
			Objects.requireNonNull(cacheTime, "storefront.checkout.supplier-balance.cache-time");
		}

	}

}
