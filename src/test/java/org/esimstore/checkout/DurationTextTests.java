package org.esimstore.checkout;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Durations written for people in logs and order histories.
 */
class DurationTextTests {

	@Test
	void writesShortDurationsInMilliseconds() {
		assertThat(DurationText.of(Duration.ofMillis(250))).isEqualTo("250 ms");
	}

	@Test
	void writesSecondsWithOneDecimal() {
		assertThat(DurationText.of(Duration.ofMillis(3_404))).isEqualTo("3.4 s");
	}

	@Test
	void writesLongDurationsInWholeMinutes() {
		assertThat(DurationText.of(Duration.ofMinutes(30).plusSeconds(59))).isEqualTo("30 min");
	}

}
