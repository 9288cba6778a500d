package org.esimstore.esim;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Install details split the activation code for manual entry and link to Apple's one-tap
 * installer.
 */
class InstallDetailsTests {

	private static final String CODE = "LPA:1$rsp-eu.simlessly.com$72056D3B588B49B4903120FC95BB96A4";

	@Test
	void splitsTheActivationCode() {
		InstallDetails install = InstallDetails.of(CODE, null);

		assertThat(install.activationCode()).isEqualTo(CODE);
		assertThat(install.smdpAddress()).isEqualTo("rsp-eu.simlessly.com");
		assertThat(install.matchingId()).isEqualTo("72056D3B588B49B4903120FC95BB96A4");
	}

	@Test
	void keepsACodeItCannotReadWithTheSmdpAddressDancityGave() {
		InstallDetails install = InstallDetails.of("VENDOR-SPECIFIC-CODE", "smdp.example.com");

		assertThat(install.activationCode()).isEqualTo("VENDOR-SPECIFIC-CODE");
		assertThat(install.smdpAddress()).isEqualTo("smdp.example.com");
		assertThat(install.matchingId()).isNull();
	}

	@Test
	void encodesTheActivationCodeIntoTheIosLink() {
		String link = InstallDetails.of(CODE, null).iosInstallUrl();

		assertThat(link).isEqualTo("https://esimsetup.apple.com/esim_qrcode_provisioning?carddata="
				+ "LPA%3A1%24rsp-eu.simlessly.com%2472056D3B588B49B4903120FC95BB96A4");
		String carddata = URI.create(link).getRawQuery().substring("carddata=".length());
		assertThat(URLDecoder.decode(carddata, StandardCharsets.UTF_8)).isEqualTo(CODE);
	}

	@Test
	void encodesSpacesAndReservedCharactersForAQueryParameter() {
		String link = new InstallDetails("LPA:1$a.example$X+Y Z&w=1", "a.example", null).iosInstallUrl();

		assertThat(link).endsWith("carddata=LPA%3A1%24a.example%24X%2BY%20Z%26w%3D1");
	}

	@Test
	void neverShowsTheActivationCodeInItsDescription() {
		assertThat(InstallDetails.of(CODE, null).toString()).doesNotContain("72056D3B588B49B4903120FC95BB")
			.contains("****96A4");
	}

}
