package org.esimstore.dancity;

import org.jspecify.annotations.Nullable;

/**
 * What the simulated Dancity made of a purchase request.
 */
sealed interface PurchaseOutcome {

	/**
	 * Refused as bad input, answered in the NestJS error shape.
	 *
	 * @param message a sentence, or a list of them for validation errors
	 */
	record Rejected(Object message) implements PurchaseOutcome {
	}

	/** Refused because the wallet holds less than the price. */
	record InsufficientBalance() implements PurchaseOutcome {
	}

	/**
	 * Recorded as a transaction, successful or failed.
	 *
	 * @param transaction the transaction
	 * @param failure the armed failure that shapes the answer, if any
	 */
	record Recorded(SimulatedTransaction transaction, @Nullable PurchaseFailure failure) implements PurchaseOutcome {
	}

	/**
	 * Not recorded, and answered with the armed failure.
	 *
	 * @param failure the failure
	 */
	record NotRecorded(PurchaseFailure failure) implements PurchaseOutcome {
	}

}
