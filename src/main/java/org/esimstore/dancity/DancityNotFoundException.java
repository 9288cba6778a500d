package org.esimstore.dancity;

/**
 * Dancity has no such transaction, eSIM or resource (HTTP 404).
 */
public class DancityNotFoundException extends DancityException {

	private final String resource;

	public DancityNotFoundException(String resource, String message) {
		super("Dancity has no " + resource + ": " + message);
		this.resource = resource;
	}

	public String resource() {
		return this.resource;
	}

	@Override
	public boolean certainlyNotApplied() {
		return true;
	}

}
