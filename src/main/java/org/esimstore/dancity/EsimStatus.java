package org.esimstore.dancity;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Our small set of eSIM states, mapped from the eSIM Access statuses that Dancity passes
 * through.
 */
public enum EsimStatus {

	/**
	 * Bought, profile still being allocated ({@code CREATE}, {@code PAYING},
	 * {@code PAID}, {@code GETTING_RESOURCE}).
	 */
	PROVISIONING,

	/** Profile allocated and ready to install ({@code GOT_RESOURCE}). */
	READY,

	/** Installed and consuming data ({@code IN_USE}). */
	IN_USE,

	/** All data used ({@code USED_UP}). */
	DEPLETED,

	/** Validity period over ({@code USED_EXPIRED}, {@code UNUSED_EXPIRED}). */
	EXPIRED,

	/** Stopped by the operator ({@code SUSPENDED}). */
	SUSPENDED,

	/** Refunded or revoked ({@code CANCEL}, {@code REVOKED}, {@code REVOKE}). */
	CANCELLED,

	/** A status this service does not know yet. */
	UNKNOWN;

	/**
	 * Maps Dancity's status string; never fails.
	 * @param status the status as sent, possibly {@code null}
	 * @return our status, {@link #UNKNOWN} for anything unrecognised
	 */
	public static EsimStatus fromDancity(@Nullable String status) {
		if (status == null) {
			return UNKNOWN;
		}
		return switch (status.strip().toUpperCase(Locale.ROOT)) {
			case "CREATE", "PAYING", "PAID", "GETTING_RESOURCE", "PENDING", "PROCESSING" -> PROVISIONING;
			case "GOT_RESOURCE", "ACTIVE", "NEW" -> READY;
			case "IN_USE" -> IN_USE;
			case "USED_UP" -> DEPLETED;
			case "USED_EXPIRED", "UNUSED_EXPIRED", "EXPIRED" -> EXPIRED;
			case "SUSPENDED" -> SUSPENDED;
			case "CANCEL", "CANCELLED", "CANCELED", "REVOKED", "REVOKE" -> CANCELLED;
			default -> UNKNOWN;
		};
	}

	/**
	 * Whether an eSIM in this state has an installable profile.
	 * @return true for ready, in use and depleted eSIMs
	 */
	public boolean hasProfile() {
		return this == READY || this == IN_USE || this == DEPLETED;
	}

	/**
	 * Whether data can still be added to an eSIM in this state.
	 * @return true for ready, in use and depleted eSIMs
	 */
	public boolean allowsTopUp() {
		return this == READY || this == IN_USE || this == DEPLETED;
	}

}
