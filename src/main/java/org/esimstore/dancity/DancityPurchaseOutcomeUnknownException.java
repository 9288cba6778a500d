package org.esimstore.dancity;

/**
 * A purchase was sent but its outcome is unknown (read timeout, connection reset, 5xx,
 * unreadable answer). It must be settled by looking the {@code customerRef} up, never by
 * sending the purchase again.
 */
public class DancityPurchaseOutcomeUnknownException extends DancityException {

	private final String customerRef;

	public DancityPurchaseOutcomeUnknownException(String customerRef, String message, Throwable cause) {
		super("Outcome of purchase '" + customerRef + "' is unknown: " + message, cause);
		this.customerRef = customerRef;
	}

	public String customerRef() {
		return this.customerRef;
	}

	@Override
	public boolean certainlyNotApplied() {
		return false;
	}

}
