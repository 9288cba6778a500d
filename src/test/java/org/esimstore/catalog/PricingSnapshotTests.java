package org.esimstore.catalog;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.esimstore.money.Money;

import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The arithmetic from Dancity's NGN cost to a retail price: rule levels, markup, fee,
 * minimum margin, rounding and conversion to USD.
 */
class PricingSnapshotTests {

	private static final Currency NGN = Money.NGN;

	private static final Currency USD = Money.USD;

	private static final Map<Currency, PricingRounding> ROUNDINGS = Map.of(NGN, PricingRounding.of("50"), USD,
			PricingRounding.of("0.01", "0.99"));

	private final PricingSnapshot defaults = snapshot(PricingTerms.of("30", "0", "10"));

	@Test
	void addsTheDefaultMarkupAndRoundsToTheNairaStep() {
		assertThat(this.defaults.retailPrice(cost("1000"), NGN)).isEqualTo(Money.of("1300", "NGN"));
		assertThat(this.defaults.retailPrice(cost("1000.01"), NGN)).isEqualTo(Money.of("1350", "NGN"));
	}

	@Test
	void addsTheFixedFeeAfterTheMarkup() {
		PricingSnapshot pricing = snapshot(PricingTerms.of("30", "100", "10"));

		assertThat(pricing.retailPrice(cost("1000"), NGN)).isEqualTo(Money.of("1400", "NGN"));
	}

	@Test
	void raisesATinyMarkupToTheMinimumMargin() {
		PricingSnapshot pricing = snapshot(PricingTerms.of("1", "0", "10"));

		assertThat(pricing.retailInNaira(cost("1000"))).isEqualByComparingTo("1100");
		assertThat(pricing.retailPrice(cost("1000"), NGN)).isEqualTo(Money.of("1100", "NGN"));
	}

	@Test
	void raisesAZeroMarkupToTheMinimumMargin() {
		PricingSnapshot pricing = snapshot(PricingTerms.of("0", "0", "10"));

		assertThat(pricing.retailPrice(cost("2010"), NGN)).isEqualTo(Money.of("2250", "NGN"));
	}

	@Test
	void leavesAPriceAboveTheMinimumMarginAlone() {
		PricingSnapshot pricing = snapshot(PricingTerms.of("5", "100", "10"));

		assertThat(pricing.retailInNaira(cost("1000"))).isEqualByComparingTo("1150");
	}

	@Test
	void countsTheFixedFeeTowardsTheMinimumMargin() {
		PricingSnapshot pricing = snapshot(PricingTerms.of("0", "200", "10"));

		assertThat(pricing.retailInNaira(cost("1000"))).isEqualByComparingTo("1200");
	}

	@Test
	void prefersThePackageRuleOverTheRegionRuleOverTheDefault() {
		PricingSnapshot pricing = new PricingSnapshot(PricingTerms.of("30", "0", "10"),
				Map.of("NG", PricingTerms.of("20", "0", "10")), Map.of("NG1G7D", PricingTerms.of("50", "0", "10")),
				ROUNDINGS);

		assertThat(pricing.retailPrice(cost("NG1G7D", "NG", "1000", null), NGN)).isEqualTo(Money.of("1500", "NGN"));
		assertThat(pricing.retailPrice(cost("NG2G7D", "NG", "1000", null), NGN)).isEqualTo(Money.of("1200", "NGN"));
		assertThat(pricing.retailPrice(cost("GH1G7D", "GH", "1000", null), NGN)).isEqualTo(Money.of("1300", "NGN"));
	}

	@Test
	void appliesThePackageRuleInAnyRegion() {
		PricingSnapshot pricing = new PricingSnapshot(PricingTerms.of("30", "0", "10"),
				Map.of("NG", PricingTerms.of("20", "0", "10")), Map.of("NG1G7D", PricingTerms.of("50", "0", "10")),
				ROUNDINGS);

		assertThat(pricing.retailPrice(cost("NG1G7D", "GH", "1000", null), NGN)).isEqualTo(Money.of("1500", "NGN"));
	}

	@Test
	void takesTheMinimumMarginFromTheWinningRule() {
		PricingSnapshot pricing = new PricingSnapshot(PricingTerms.of("0", "0", "10"),
				Map.of("NG", PricingTerms.of("0", "0", "25")), Map.of(), ROUNDINGS);

		assertThat(pricing.retailInNaira(cost("NG1G7D", "NG", "1000", null))).isEqualByComparingTo("1250");
		assertThat(pricing.retailInNaira(cost("GH1G7D", "GH", "1000", null))).isEqualByComparingTo("1100");
	}

	@Test
	void matchesRegionCodesWhateverTheirCase() {
		PricingSnapshot pricing = new PricingSnapshot(PricingTerms.of("30", "0", "10"),
				Map.of("EU-42", PricingTerms.of("20", "0", "10")), Map.of(), ROUNDINGS);

		assertThat(pricing.retailInNaira(cost("EU1G", "eu-42", "1000", null))).isEqualByComparingTo("1200");
	}

	@Test
	void convertsTheNairaPriceToDollarsWithDancitysRateThenRoundsToTheEnding() {
		WholesaleCost cost = cost("NG1G7D", "NG", "1000", new BigDecimal("1500"));

		assertThat(this.defaults.retailPrice(cost, USD)).isEqualTo(Money.of("0.99", "USD"));
		assertThat(this.defaults.retailPrice(cost("NG1G7D", "NG", "3000", new BigDecimal("1000")), USD))
			.isEqualTo(Money.of("3.99", "USD"));
	}

	@Test
	void convertsTheUnroundedNairaPriceNotTheRoundedOne() {
		PricingSnapshot pricing = new PricingSnapshot(PricingTerms.of("30", "0", "10"), Map.of(), Map.of(),
				Map.of(NGN, PricingRounding.of("50"), USD, PricingRounding.of("0.01")));
		WholesaleCost cost = cost("NG1G7D", "NG", "2835", new BigDecimal("1620"));

		// 3685.50 NGN is 2.275 USD; the rounded 3700 NGN would have given 2.29.
		assertThat(pricing.retailPrice(cost, USD)).isEqualTo(Money.of("2.28", "USD"));
		assertThat(pricing.retailPrice(cost, NGN)).isEqualTo(Money.of("3700", "NGN"));
	}

	@Test
	void keepsADollarPriceThatConvertsExactlyToTheEnding() {
		PricingSnapshot pricing = snapshot(PricingTerms.of("0", "0", "0"));

		assertThat(pricing.retailPrice(cost("NG1G7D", "NG", "4990", new BigDecimal("1000")), USD))
			.isEqualTo(Money.of("4.99", "USD"));
		assertThat(pricing.retailPrice(cost("NG1G7D", "NG", "4990.01", new BigDecimal("1000")), USD))
			.isEqualTo(Money.of("5.99", "USD"));
	}

	@Test
	void appliesTheMinimumMarginBeforeConvertingToDollars() {
		PricingSnapshot pricing = new PricingSnapshot(PricingTerms.of("0", "0", "10"), Map.of(), Map.of(),
				Map.of(NGN, PricingRounding.of("50"), USD, PricingRounding.of("0.01")));

		assertThat(pricing.retailPrice(cost("NG1G7D", "NG", "1000", new BigDecimal("1000")), USD))
			.isEqualTo(Money.of("1.10", "USD"));
	}

	@Test
	void needsNoExchangeRateForNairaPrices() {
		assertThat(this.defaults.retailPrice(cost("NG1G7D", "NG", "1000", null), NGN))
			.isEqualTo(Money.of("1300", "NGN"));
	}

	@Test
	void refusesADollarPriceWithoutAnExchangeRate() {
		assertThatExceptionOfType(PriceUnavailableException.class)
			.isThrownBy(() -> this.defaults.retailPrice(cost("NG1G7D", "NG", "1000", null), USD))
			.withMessageContaining("'NG1G7D'")
			.satisfies((ex) -> {
				assertThat(ex.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
				assertThat(ex.code()).isEqualTo("PRICE_UNAVAILABLE");
				assertThat(ex.properties()).containsEntry("currency", "USD");
			});
	}

	@Test
	void refusesADollarPriceWithAZeroExchangeRate() {
		assertThatExceptionOfType(PriceUnavailableException.class)
			.isThrownBy(() -> this.defaults.retailPrice(cost("NG1G7D", "NG", "1000", BigDecimal.ZERO), USD));
	}

	@Test
	void refusesACurrencyWithoutRounding() {
		assertThatExceptionOfType(UnsupportedCurrencyException.class)
			.isThrownBy(() -> this.defaults.retailPrice(cost("1000"), Currency.getInstance("EUR")))
			.withMessage("Currency 'EUR' is not supported")
			.satisfies((ex) -> assertThat(ex.status()).isEqualTo(HttpStatus.BAD_REQUEST));
	}

	@Test
	void refusesDollarsWhenOnlyNairaIsConfigured() {
		PricingSnapshot nairaOnly = new PricingSnapshot(PricingTerms.of("30", "0", "10"), Map.of(), Map.of(),
				Map.of(NGN, PricingRounding.of("50")));

		assertThatExceptionOfType(UnsupportedCurrencyException.class)
			.isThrownBy(() -> nairaOnly.retailPrice(cost("NG1G7D", "NG", "1000", new BigDecimal("1600")), USD));
		assertThat(nairaOnly.currencies()).containsExactly(NGN);
	}

	@Test
	void refusesACostThatIsNotInNaira() {
		WholesaleCost dollars = new WholesaleCost("NG1G7D", "NG", Money.of("1.75", "USD"), null);

		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> this.defaults.retailPrice(dollars, NGN))
			.withMessageContaining("'NG1G7D'");
	}

	private static PricingSnapshot snapshot(PricingTerms defaultTerms) {
		return new PricingSnapshot(defaultTerms, Map.of(), Map.of(), ROUNDINGS);
	}

	private static WholesaleCost cost(String naira) {
		return cost("NG1G7D", "NG", naira, new BigDecimal("1600"));
	}

	private static WholesaleCost cost(String packageCode, String regionCode, String naira,
			@Nullable BigDecimal exchangeRate) {
		return new WholesaleCost(packageCode, regionCode, Money.of(naira, "NGN"), exchangeRate);
	}

}
