package org.esimstore.checkout;

import java.time.Duration;
import java.util.Locale;

/**
 * Durations as people read them in logs and order histories, such as {@code 3.4 s} or
 * {@code 30 min}.
 */
final class DurationText {

	private DurationText() {
	}

	static String of(Duration duration) {
		if (duration.compareTo(Duration.ofMinutes(2)) >= 0) {
			return duration.toMinutes() + " min";
		}
		if (duration.compareTo(Duration.ofSeconds(1)) >= 0) {
			return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
		}
		return duration.toMillis() + " ms";
	}

}
