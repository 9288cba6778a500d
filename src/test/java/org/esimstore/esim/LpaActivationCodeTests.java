package org.esimstore.esim;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * LPA activation codes split into SM-DP+ address and matching ID; anything else is
 * refused without echoing the secret.
 */
class LpaActivationCodeTests {

	@Test
	void splitsAnActivationCode() {
		LpaActivationCode code = LpaActivationCode.parse("LPA:1$rsp-eu.simlessly.com$72056D3B588B49B4903120FC95BB96A4");

		assertThat(code.smdpAddress()).isEqualTo("rsp-eu.simlessly.com");
		assertThat(code.matchingId()).isEqualTo("72056D3B588B49B4903120FC95BB96A4");
	}

	@Test
	void ignoresFurtherFields() {
		LpaActivationCode code = LpaActivationCode.parse("LPA:1$smdp.example.com$K2-1ABC-XYZ$1.3.6.1.4.1.31746$1");

		assertThat(code.smdpAddress()).isEqualTo("smdp.example.com");
		assertThat(code.matchingId()).isEqualTo("K2-1ABC-XYZ");
	}

	@Test
	void toleratesAMissingOrLowerCasePrefixAndSurroundingSpace() {
		assertThat(LpaActivationCode.parse("1$smdp.example.com$ABC")).isEqualTo(lpa("smdp.example.com", "ABC"));
		assertThat(LpaActivationCode.parse("lpa:1$smdp.example.com$ABC")).isEqualTo(lpa("smdp.example.com", "ABC"));
		assertThat(LpaActivationCode.parse(" LPA:1$smdp.example.com$ABC\n")).isEqualTo(lpa("smdp.example.com", "ABC"));
	}

	@Test
	void readsAnEmptyMatchingIdAsAbsent() {
		assertThat(LpaActivationCode.parse("LPA:1$smdp.example.com$").matchingId()).isNull();
	}

	@Test
	void refusesTextThatIsNotAnActivationCode() {
		assertThatExceptionOfType(InvalidActivationCodeException.class)
			.isThrownBy(() -> LpaActivationCode.parse("https://p.qrsim.net/4a8cf5af5f1c48e0b44f8eaf3af20220.png"))
			.withMessageContaining("is not of the form 'LPA:1$<SM-DP+ address>$<matching ID>'")
			.withMessageNotContaining("4a8cf5af5f1c48e0");
	}

	@Test
	void refusesAnEmptyCode() {
		assertThatExceptionOfType(InvalidActivationCodeException.class).isThrownBy(() -> LpaActivationCode.parse(null))
			.withMessage("Activation code is empty");
		assertThatExceptionOfType(InvalidActivationCodeException.class).isThrownBy(() -> LpaActivationCode.parse(" "))
			.withMessage("Activation code is empty");
	}

	@Test
	void refusesAnUnknownFormatVersion() {
		assertThatExceptionOfType(InvalidActivationCodeException.class)
			.isThrownBy(() -> LpaActivationCode.parse("LPA:2$smdp.example.com$ABC"))
			.withMessage("Activation code has format '2'; only format '1' is known");
	}

	@Test
	void refusesAnSmdpAddressThatIsNotAHostName() {
		assertThatExceptionOfType(InvalidActivationCodeException.class)
			.isThrownBy(() -> LpaActivationCode.parse("LPA:1$not a host$ABC"))
			.withMessage("Activation code names 'not a host' as SM-DP+ address, which is not a host name");
		assertThatExceptionOfType(InvalidActivationCodeException.class)
			.isThrownBy(() -> LpaActivationCode.parse("LPA:1$$ABC"))
			.withMessageContaining("which is not a host name");
	}

	@Test
	void refusesAMatchingIdWithSpaces() {
		assertThatExceptionOfType(InvalidActivationCodeException.class)
			.isThrownBy(() -> LpaActivationCode.parse("LPA:1$smdp.example.com$AB CDEFGHIJ"))
			.withMessageContaining("spaces or control characters")
			.withMessageNotContaining("AB CDEF");
	}

	@Test
	void neverShowsTheMatchingIdInItsDescription() {
		assertThat(lpa("smdp.example.com", "72056D3B588B49B4903120FC95BB96A4"))
			.hasToString("LpaActivationCode[smdpAddress=smdp.example.com, matchingId=****96A4]");
	}

	private static LpaActivationCode lpa(String smdpAddress, String matchingId) {
		return new LpaActivationCode(smdpAddress, matchingId);
	}

}
