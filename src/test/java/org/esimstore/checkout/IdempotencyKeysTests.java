package org.esimstore.checkout;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Checking {@code Idempotency-Key} headers and telling repeated requests from reused
 * keys.
 */
class IdempotencyKeysTests {

	@Test
	void acceptsAPrintableKeyWithoutSurroundingSpace() {
		assertThat(IdempotencyKeys.require("  checkout-42:abc  ")).isEqualTo("checkout-42:abc");
	}

	@Test
	void refusesAMissingOrBlankKey() {
		assertThatExceptionOfType(IdempotencyKeyRequiredException.class).isThrownBy(() -> IdempotencyKeys.require(null))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("IDEMPOTENCY_KEY_REQUIRED"));
		assertThatExceptionOfType(IdempotencyKeyRequiredException.class)
			.isThrownBy(() -> IdempotencyKeys.require("   "));
	}

	@Test
	void refusesAKeyThatIsTooLongOrContainsSpaces() {
		assertThatExceptionOfType(IdempotencyKeyRequiredException.class)
			.isThrownBy(() -> IdempotencyKeys.require("k".repeat(256)));
		assertThatExceptionOfType(IdempotencyKeyRequiredException.class)
			.isThrownBy(() -> IdempotencyKeys.require("two words"));
	}

	@Test
	void fingerprintsTheSameRequestAlike() {
		UUID esim = UUID.randomUUID();
		assertThat(IdempotencyKeys.fingerprint(OrderType.TOPUP, "TOPUP_1", "NGN", esim))
			.isEqualTo(IdempotencyKeys.fingerprint(OrderType.TOPUP, "TOPUP_1", "NGN", esim));
	}

	@Test
	void fingerprintsRequestsThatDifferInAnyPartDifferently() {
		String base = IdempotencyKeys.fingerprint(OrderType.ESIM, "CKH513", "NGN", null);
		assertThat(IdempotencyKeys.fingerprint(OrderType.ESIM, "CKH514", "NGN", null)).isNotEqualTo(base);
		assertThat(IdempotencyKeys.fingerprint(OrderType.ESIM, "CKH513", "USD", null)).isNotEqualTo(base);
		assertThat(IdempotencyKeys.fingerprint(OrderType.TOPUP, "CKH513", "NGN", UUID.randomUUID())).isNotEqualTo(base);
	}

}
