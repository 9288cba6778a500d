package org.esimstore.dancity;

/**
 * Base of every failure talking to Dancity. Messages never contain the API key.
 */
public abstract class DancityException extends RuntimeException {

	protected DancityException(String message) {
		super(message);
	}

	protected DancityException(String message, Throwable cause) {
		super(message, cause);
	}

	/**
	 * Whether the request certainly did not take effect at Dancity, so that sending it
	 * again later is safe.
	 * @return true when nothing can have happened upstream
	 */
	public abstract boolean certainlyNotApplied();

}
