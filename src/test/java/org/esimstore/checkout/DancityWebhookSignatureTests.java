package org.esimstore.checkout;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * Checking {@code X-Dancity-Signature}.
 */
class DancityWebhookSignatureTests {

	private static final byte[] BODY = "{\"event\":\"transaction.success\"}".getBytes(StandardCharsets.UTF_8);

	// HMAC-SHA256 of BODY keyed with "secret", computed independently with openssl.
	private static final String EXPECTED = "dfa0256d0f502fcadb1f2286d75261b7ce5f9ae90e9538049bf65785ba75aba5";

	private final DancityWebhookSignature signature = new DancityWebhookSignature("secret");

	@Test
	void acceptsTheHexHmacOfTheRawBody() {
		assertThatNoException().isThrownBy(() -> this.signature.verify(BODY, EXPECTED));
	}

	@Test
	void refusesAMissingSignature() {
		assertThatExceptionOfType(InvalidDancityWebhookSignatureException.class)
			.isThrownBy(() -> this.signature.verify(BODY, null))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("INVALID_WEBHOOK_SIGNATURE"));
	}

	@Test
	void refusesTheSignatureOfAnotherSecret() {
		String forged = HexFormat.of().formatHex(new DancityWebhookSignature("other").sign(BODY));
		assertThatExceptionOfType(InvalidDancityWebhookSignatureException.class)
			.isThrownBy(() -> this.signature.verify(BODY, forged));
	}

	@Test
	void refusesASignatureThatIsNotHex() {
		assertThatExceptionOfType(InvalidDancityWebhookSignatureException.class)
			.isThrownBy(() -> this.signature.verify(BODY, "not-a-signature"));
	}

}
