package org.esimstore.dancity;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Status of a Dancity transaction, such as a purchase.
 */
public enum TransactionStatus {

	SUCCESS, FAILED, PENDING, PROCESSING, CANCELLED, UNKNOWN;

	/**
	 * Maps Dancity's status string, in any case; never fails.
	 * @param status the status as sent, possibly {@code null}
	 * @return the status, {@link #UNKNOWN} for anything unrecognised
	 */
	public static TransactionStatus fromDancity(@Nullable String status) {
		if (status == null) {
			return UNKNOWN;
		}
		return switch (status.strip().toUpperCase(Locale.ROOT)) {
			case "SUCCESS", "SUCCESSFUL", "COMPLETED" -> SUCCESS;
			case "FAILED", "FAILURE", "REVERSED" -> FAILED;
			case "PENDING" -> PENDING;
			case "PROCESSING" -> PROCESSING;
			case "CANCELLED", "CANCELED" -> CANCELLED;
			default -> UNKNOWN;
		};
	}

	/**
	 * Whether the purchase definitely did not happen.
	 * @return true for failed and cancelled transactions
	 */
	public boolean isFailure() {
		return this == FAILED || this == CANCELLED;
	}

}
