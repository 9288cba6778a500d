package org.esimstore.esim;

import java.util.Arrays;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Activation codes are sealed with AES-256-GCM and only the right key opens them
 * unaltered.
 */
class ActivationCodeCipherTests {

	private static final String CODE = "LPA:1$rsp-eu.simlessly.com$72056D3B588B49B4903120FC95BB96A4";

	private final ActivationCodeCipher cipher = cipher(key((byte) 1));

	@Test
	void decryptsWhatItEncrypted() {
		String stored = this.cipher.encrypt(CODE);

		assertThat(stored).startsWith("v1:").doesNotContain("72056D3B").doesNotContain("simlessly");
		assertThat(this.cipher.decrypt(stored)).isEqualTo(CODE);
	}

	@Test
	void storesIvCiphertextAndTag() {
		byte[] stored = Base64.getDecoder().decode(this.cipher.encrypt(CODE).substring("v1:".length()));

		assertThat(stored).hasSize(12 + CODE.length() + 16);
	}

	@Test
	void usesAFreshIvForEveryValue() {
		assertThat(this.cipher.encrypt(CODE)).isNotEqualTo(this.cipher.encrypt(CODE));
	}

	@Test
	void detectsATamperedValue() {
		byte[] stored = Base64.getDecoder().decode(this.cipher.encrypt(CODE).substring("v1:".length()));
		stored[20] ^= 0x01;
		String tampered = "v1:" + Base64.getEncoder().encodeToString(stored);

		assertThatExceptionOfType(ActivationCodeDecryptionException.class)
			.isThrownBy(() -> this.cipher.decrypt(tampered))
			.withMessageContaining("altered");
	}

	@Test
	void refusesToOpenAValueSealedWithAnotherKey() {
		String stored = cipher(key((byte) 2)).encrypt(CODE);

		assertThatExceptionOfType(ActivationCodeDecryptionException.class).isThrownBy(() -> this.cipher.decrypt(stored))
			.withMessageContaining("ESIM_ENCRYPTION_KEY");
	}

	@Test
	void refusesAValueNotInTheStoredForm() {
		assertThatExceptionOfType(ActivationCodeDecryptionException.class).isThrownBy(() -> this.cipher.decrypt(CODE))
			.withMessageContaining("'v1:'")
			.withMessageNotContaining("72056D3B");
		assertThatExceptionOfType(ActivationCodeDecryptionException.class)
			.isThrownBy(() -> this.cipher.decrypt("v1:AAAA"))
			.withMessageContaining("too short");
	}

	@Test
	void refusesToStartWithoutAKey() {
		assertThatExceptionOfType(InvalidEncryptionKeyException.class).isThrownBy(() -> cipher(null))
			.withMessageContaining("ESIM_ENCRYPTION_KEY is not set");
		assertThatExceptionOfType(InvalidEncryptionKeyException.class).isThrownBy(() -> cipher("  "))
			.withMessageContaining("ESIM_ENCRYPTION_KEY is not set");
	}

	@Test
	void refusesAKeyOfTheWrongLength() {
		String sixteenBytes = Base64.getEncoder().encodeToString(new byte[16]);

		assertThatExceptionOfType(InvalidEncryptionKeyException.class).isThrownBy(() -> cipher(sixteenBytes))
			.withMessage("ESIM_ENCRYPTION_KEY must be base64 of 32 bytes for AES-256, but it decodes to 16 bytes");
	}

	@Test
	void refusesAKeyThatIsNotBase64() {
		assertThatExceptionOfType(InvalidEncryptionKeyException.class).isThrownBy(() -> cipher("not base64 at all!"))
			.withMessage("ESIM_ENCRYPTION_KEY is not valid base64");
	}

	@Test
	void keepsTheServiceFromStartingWithoutAValidKey() {
		ApplicationContextRunner runner = new ApplicationContextRunner()
			.withUserConfiguration(CipherConfiguration.class);

		runner.run((context) -> assertThat(context).getFailure()
			.rootCause()
			.isInstanceOf(InvalidEncryptionKeyException.class)
			.hasMessageContaining("ESIM_ENCRYPTION_KEY is not set"));
		runner.withPropertyValues("storefront.encryption-key=" + Base64.getEncoder().encodeToString(new byte[24]))
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("ESIM_ENCRYPTION_KEY must be base64 of 32 bytes"));
		runner.withPropertyValues("storefront.encryption-key=" + key((byte) 7))
			.run((context) -> assertThat(context).hasNotFailed().hasSingleBean(ActivationCodeCipher.class));
	}

	private static ActivationCodeCipher cipher(String key) {
		return new ActivationCodeCipher(new EncryptionKeyProperties(key));
	}

	private static String key(byte fill) {
		byte[] key = new byte[32];
		Arrays.fill(key, fill);
		return Base64.getEncoder().encodeToString(key);
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(EncryptionKeyProperties.class)
	@Import(ActivationCodeCipher.class)
	static class CipherConfiguration {

	}

}
