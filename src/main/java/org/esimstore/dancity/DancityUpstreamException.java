package org.esimstore.dancity;

/**
 * Dancity failed on its side: a 5xx answer, a body that cannot be read, or a read that
 * timed out. For a purchase this is reported as
 * {@link DancityPurchaseOutcomeUnknownException} instead.
 */
public class DancityUpstreamException extends DancityException {

	public DancityUpstreamException(String message) {
		super(message);
	}

	public DancityUpstreamException(String message, Throwable cause) {
		super(message, cause);
	}

	@Override
	public boolean certainlyNotApplied() {
		return false;
	}

}
