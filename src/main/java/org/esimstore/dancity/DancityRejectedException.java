package org.esimstore.dancity;

import java.util.List;

/**
 * Dancity refused the request as invalid or against its business rules (HTTP 400 or 422);
 * repeating it will not help.
 */
public class DancityRejectedException extends DancityException {

	private final List<String> reasons;

	public DancityRejectedException(List<String> reasons) {
		super("Dancity rejected the request: " + String.join("; ", reasons));
		this.reasons = List.copyOf(reasons);
	}

	public List<String> reasons() {
		return this.reasons;
	}

	@Override
	public boolean certainlyNotApplied() {
		return true;
	}

}
