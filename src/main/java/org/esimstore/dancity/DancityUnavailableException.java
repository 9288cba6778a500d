package org.esimstore.dancity;

/**
 * The request was never sent: connection refused, circuit open, too many calls in flight,
 * or our own rate limit reached. Trying again later is safe.
 */
public class DancityUnavailableException extends DancityException {

	public DancityUnavailableException(String message) {
		super(message);
	}

	public DancityUnavailableException(String message, Throwable cause) {
		super(message, cause);
	}

	@Override
	public boolean certainlyNotApplied() {
		return true;
	}

}
