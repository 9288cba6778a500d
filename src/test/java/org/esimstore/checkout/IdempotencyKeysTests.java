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
		assertThat(IdempotencyKeys.fingerprint(OrderType.TOPUP, "TOPUP_1", "NGN", esim, null))
			.isEqualTo(IdempotencyKeys.fingerprint(OrderType.TOPUP, "TOPUP_1", "NGN", esim, null));
	}

	@Test
	void fingerprintsRequestsThatDifferInAnyPartDifferently() {
		String base = IdempotencyKeys.fingerprint(OrderType.ESIM, "CKH513", "NGN", null, null);
		assertThat(IdempotencyKeys.fingerprint(OrderType.ESIM, "CKH514", "NGN", null, null)).isNotEqualTo(base);
		assertThat(IdempotencyKeys.fingerprint(OrderType.ESIM, "CKH513", "USD", null, null)).isNotEqualTo(base);
		assertThat(IdempotencyKeys.fingerprint(OrderType.TOPUP, "CKH513", "NGN", UUID.randomUUID(), null))
			.isNotEqualTo(base);
		assertThat(IdempotencyKeys.fingerprint(OrderType.ESIM, "CKH513", "NGN", null, "paystack")).isNotEqualTo(base);
	}

	@Test
	void fingerprintsTheRequestedPaymentProviderIgnoringCase() {
		assertThat(IdempotencyKeys.fingerprint(OrderType.ESIM, "CKH513", "NGN", null, "Paystack"))
			.isEqualTo(IdempotencyKeys.fingerprint(OrderType.ESIM, "CKH513", "NGN", null, "paystack"))
			.isNotEqualTo(IdempotencyKeys.fingerprint(OrderType.ESIM, "CKH513", "NGN", null, "stripe"));
	}

	@Test
	void keepsTheFingerprintOfRequestsWithoutAPaymentProviderAsItWas() {
		assertThat(IdempotencyKeys.fingerprint(OrderType.ESIM, "CKH513", "NGN", null, null))
			.isEqualTo("07e09649f3be1168e256dccead8ea545a2a3a842085e4da253d83a9750585e93");
	}

}
