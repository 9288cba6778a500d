package org.esimstore.dancity;

import java.time.Duration;

/**
 * A failure armed for the next purchase the simulated Dancity receives.
 */
sealed interface PurchaseFailure {

	/** Answers 200 with {@code success: true} but a {@code FAILED} transaction. */
	record FailsInside200() implements PurchaseFailure {
	}

	/**
	 * Records the purchase and answers only after a delay.
	 *
	 * @param delay how long to hold the answer
	 */
	record RecordedThenDelayed(Duration delay) implements PurchaseFailure {
	}

	/** Records the purchase, then resets the connection instead of answering. */
	record RecordedThenConnectionReset() implements PurchaseFailure {
	}

	/**
	 * Answers 500.
	 *
	 * @param recorded whether the purchase is recorded anyway
	 */
	record Answers5xx(boolean recorded) implements PurchaseFailure {
	}

}
