package org.esimstore.checkout;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.esimstore.checkout.CheckoutProperties.Backoff;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Retry delays of the fulfilment worker.
 */
class BackoffTests {

	private final Backoff backoff = new Backoff(Duration.ofSeconds(2), Duration.ofMinutes(1));

	@Test
	void startsWithTheInitialDelayAndDoublesIt() {
		assertThat(this.backoff.delay(0)).isEqualTo(Duration.ofSeconds(2));
		assertThat(this.backoff.delay(1)).isEqualTo(Duration.ofSeconds(4));
		assertThat(this.backoff.delay(3)).isEqualTo(Duration.ofSeconds(16));
	}

	@Test
	void neverWaitsLongerThanTheMaximum() {
		assertThat(this.backoff.delay(5)).isEqualTo(Duration.ofMinutes(1));
		assertThat(this.backoff.delay(1_000)).isEqualTo(Duration.ofMinutes(1));
	}

	@Test
	void treatsANegativeAttemptCountAsTheFirst() {
		assertThat(this.backoff.delay(-3)).isEqualTo(Duration.ofSeconds(2));
	}

}
