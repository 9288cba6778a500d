package org.esimstore.dancity;

/**
 * Dancity refused our API key or this server's IP address (HTTP 401 or 403).
 */
public class DancityAuthenticationException extends DancityException {

	private final int httpStatus;

	public DancityAuthenticationException(int httpStatus, String message) {
		super("Dancity refused the API key or this server's IP address (HTTP " + httpStatus + "): " + message);
		this.httpStatus = httpStatus;
	}

	public int httpStatus() {
		return this.httpStatus;
	}

	@Override
	public boolean certainlyNotApplied() {
		return true;
	}

}
