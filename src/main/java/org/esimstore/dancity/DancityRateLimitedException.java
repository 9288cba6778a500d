package org.esimstore.dancity;

import java.time.Duration;

/**
 * Dancity answered 429: we sent too many requests. The request was not processed.
 */
public class DancityRateLimitedException extends DancityException {

	private final Duration retryAfter;

	public DancityRateLimitedException(Duration retryAfter) {
		super("Dancity rate limit reached; retry after " + retryAfter.toSeconds() + "s");
		this.retryAfter = retryAfter;
	}

	public Duration retryAfter() {
		return this.retryAfter;
	}

	@Override
	public boolean certainlyNotApplied() {
		return true;
	}

}
