package org.esimstore.catalog;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;

import org.esimstore.money.Money;

import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * The bounds pricing edits are checked against before they are stored.
 */
class PricingValidationTests {

	@Test
	void acceptsTermsAtTheirBounds() {
		assertThatNoException().isThrownBy(() -> PricingValidation.terms("rule", PricingTerms.of("0", "0", "0")));
		assertThatNoException()
			.isThrownBy(() -> PricingValidation.terms("rule", PricingTerms.of("1000", "1000000", "1000")));
		assertThatNoException()
			.isThrownBy(() -> PricingValidation.terms("rule", PricingTerms.of("12.345", "99.50", "7.5")));
	}

	@Test
	void refusesANegativeMarkupQuotingIt() {
		assertThatExceptionOfType(PricingChangeRejectedException.class)
			.isThrownBy(() -> PricingValidation.terms("Pricing rule REGION 'NG'", PricingTerms.of("-5", "0", "10")))
			.withMessageStartingWith("Pricing rule REGION 'NG' is not valid: markupPercent")
			.withMessageContaining("'-5'")
			.satisfies((ex) -> {
				assertThat(ex.status()).isEqualTo(HttpStatus.BAD_REQUEST);
				assertThat(ex.code()).isEqualTo("VALIDATION_FAILED");
				assertThat(ex.errors()).containsOnlyKeys("markupPercent");
			});
	}

	@Test
	void namesEveryTermOutOfBounds() {
		assertThatExceptionOfType(PricingChangeRejectedException.class)
			.isThrownBy(() -> PricingValidation.terms("rule", PricingTerms.of("1000.5", "-1", "1001")))
			.satisfies((ex) -> {
				assertThat(ex.errors()).containsOnlyKeys("markupPercent", "fixedFee", "minimumMarginPercent");
				assertThat(ex.properties().get("errors")).asInstanceOf(InstanceOfAssertFactories.list(Map.class))
					.extracting((error) -> error.get("field"))
					.containsExactly("fixedFee", "markupPercent", "minimumMarginPercent");
			});
	}

	@Test
	void refusesMoreDecimalsThanStored() {
		assertThatExceptionOfType(PricingChangeRejectedException.class)
			.isThrownBy(() -> PricingValidation.terms("rule", PricingTerms.of("10.0001", "0.001", "10")))
			.satisfies((ex) -> assertThat(ex.errors()).containsOnlyKeys("markupPercent", "fixedFee"));
	}

	@Test
	void refusesAFeeAboveTheCap() {
		assertThatExceptionOfType(PricingChangeRejectedException.class)
			.isThrownBy(() -> PricingValidation.terms("rule", PricingTerms.of("30", "1000000.01", "10")))
			.satisfies((ex) -> assertThat(ex.errors()).containsOnlyKeys("fixedFee"));
	}

	@Test
	void upperCasesRegionCodesAndKeepsPackageCodes() {
		assertThat(PricingValidation.scopeKey(PricingScope.REGION, " eu-42 ")).isEqualTo("EU-42");
		assertThat(PricingValidation.scopeKey(PricingScope.PACKAGE, "P0q24KI1C")).isEqualTo("P0q24KI1C");
		assertThat(PricingValidation.scopeKey(PricingScope.DEFAULT, null)).isNull();
		assertThat(PricingValidation.scopeKey(PricingScope.DEFAULT, " ")).isNull();
	}

	@Test
	void refusesAMissingBlankOrSpacedKey() {
		for (String key : new String[] { null, "", "  ", "NG 1G", "X".repeat(65) }) {
			assertThatExceptionOfType(PricingChangeRejectedException.class)
				.isThrownBy(() -> PricingValidation.scopeKey(PricingScope.PACKAGE, key))
				.satisfies((ex) -> assertThat(ex.errors()).containsOnlyKeys("scopeKey"));
		}
	}

	@Test
	void refusesAKeyOnTheDefaultRule() {
		assertThatExceptionOfType(PricingChangeRejectedException.class)
			.isThrownBy(() -> PricingValidation.scopeKey(PricingScope.DEFAULT, "NG"))
			.withMessageContaining("'NG'");
	}

	@Test
	void acceptsTheConfiguredRoundings() {
		assertThatNoException().isThrownBy(() -> PricingValidation.rounding(Money.NGN, PricingRounding.of("50")));
		assertThatNoException()
			.isThrownBy(() -> PricingValidation.rounding(Money.USD, PricingRounding.of("0.01", "0.99")));
		assertThatNoException().isThrownBy(() -> PricingValidation.rounding(Money.USD, PricingRounding.of("1", "0")));
	}

	@Test
	void refusesAStepThatIsZeroNegativeTooFineOrTooLarge() {
		for (String step : List.of("0", "-50", "0.001", "100000.01")) {
			assertThatExceptionOfType(PricingChangeRejectedException.class)
				.isThrownBy(() -> PricingValidation.rounding(Money.USD, PricingRounding.of(step)))
				.withMessageContaining("'" + step + "'")
				.satisfies((ex) -> assertThat(ex.errors()).containsOnlyKeys("step"));
		}
	}

	@Test
	void refusesAnEndingOfAWholeUnitOrMoreOrBelowZero() {
		for (String ending : List.of("1", "1.99", "-0.01", "0.999")) {
			assertThatExceptionOfType(PricingChangeRejectedException.class)
				.isThrownBy(() -> PricingValidation.rounding(Money.USD, PricingRounding.of("0.01", ending)))
				.satisfies((ex) -> assertThat(ex.errors()).containsOnlyKeys("ending"));
		}
	}

	@Test
	void refusesRoundingForACurrencyThatCannotBePriced() {
		assertThatExceptionOfType(UnsupportedCurrencyException.class).isThrownBy(() -> PricingValidation
			.rounding(Currency.getInstance("EUR"), new PricingRounding(BigDecimal.ONE, null)));
	}

}
