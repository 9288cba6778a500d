package org.esimstore.payment.stripe;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.esimstore.money.Money;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Idempotency keys are stable per operation and within the length Stripe accepts.
 */
class StripeIdempotencyKeysTests {

	@Test
	void theSameOperationOnTheSameOrderAlwaysGetsTheSameKey() {
		assertThat(StripeIdempotencyKeys.refund("7f3a9c", "pi_1", Money.of("2.00", "USD")))
			.isEqualTo(StripeIdempotencyKeys.refund("7f3a9c", "pi_1", Money.of("2", "USD")));
		Instant expiry = Instant.parse("2026-05-24T11:00:00Z");
		assertThat(StripeIdempotencyKeys.checkoutSession("7f3a9c", "ref-1", expiry))
			.isEqualTo(StripeIdempotencyKeys.checkoutSession("7f3a9c", "ref-1", expiry))
			.isNotEqualTo(StripeIdempotencyKeys.checkoutSession("7f3a9d", "ref-1", expiry));
	}

	@Test
	void aSessionWithAnotherExpiryGetsAnotherKey() {
		Instant expiry = Instant.parse("2026-05-24T11:00:00Z");
		assertThat(StripeIdempotencyKeys.checkoutSession("7f3a9c", "ref-1", expiry))
			.isNotEqualTo(StripeIdempotencyKeys.checkoutSession("7f3a9c", "ref-1", expiry.plusSeconds(60)))
			.isNotEqualTo(StripeIdempotencyKeys.checkoutSession("7f3a9c", "ref-1", null));
	}

	@Test
	void aKeyLongerThanStripeAllowsIsHashedDeterministically() {
		String longReference = "r".repeat(300);

		String key = StripeIdempotencyKeys.checkoutSession("7f3a9c", longReference, null);

		assertThat(key).hasSizeLessThanOrEqualTo(255)
			.startsWith("esimstore:sha256:")
			.isEqualTo(StripeIdempotencyKeys.checkoutSession("7f3a9c", longReference, null))
			.isNotEqualTo(StripeIdempotencyKeys.checkoutSession("7f3a9c", longReference + "x", null));
	}

}
