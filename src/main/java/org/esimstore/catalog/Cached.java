package org.esimstore.catalog;

import java.time.Duration;
import java.time.Instant;

/**
 * A value fetched from Dancity with the moment it was asked for.
 *
 * @param <V> the value's type
 * @param value what Dancity answered
 * @param fetchedAt when the call that produced it started
 */
record Cached<V>(V value, Instant fetchedAt) {

	Duration age(Instant now) {
		Duration age = Duration.between(this.fetchedAt, now);
		return age.isNegative() ? Duration.ZERO : age;
	}

	boolean olderThan(Duration maxAge, Instant now) {
		return age(now).compareTo(maxAge) > 0;
	}

}
