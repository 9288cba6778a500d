package org.esimstore.catalog;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rounding up to a currency's step and ending.
 */
class PricingRoundingTests {

	private final PricingRounding fifties = PricingRounding.of("50");

	private final PricingRounding cents = PricingRounding.of("0.01");

	private final PricingRounding ninetyNines = PricingRounding.of("0.01", "0.99");

	@Test
	void keepsAnExactMultipleOfTheStep() {
		assertThat(this.fifties.roundUp(new BigDecimal("4500.00"))).isEqualByComparingTo("4500");
	}

	@Test
	void roundsOneKoboOverAStepUpToTheNextStep() {
		assertThat(this.fifties.roundUp(new BigDecimal("4500.01"))).isEqualByComparingTo("4550");
	}

	@Test
	void roundsOneKoboBelowAStepUpToThatStep() {
		assertThat(this.fifties.roundUp(new BigDecimal("4549.99"))).isEqualByComparingTo("4550");
	}

	@Test
	void keepsZero() {
		assertThat(this.fifties.roundUp(BigDecimal.ZERO)).isEqualByComparingTo("0");
	}

	@Test
	void roundsAFractionOfACentUpToTheNextCent() {
		assertThat(this.cents.roundUp(new BigDecimal("1.231"))).isEqualByComparingTo("1.24");
		assertThat(this.cents.roundUp(new BigDecimal("1.23"))).isEqualByComparingTo("1.23");
	}

	@Test
	void keepsAPriceThatAlreadyEndsInTheEnding() {
		assertThat(this.ninetyNines.roundUp(new BigDecimal("4.99"))).isEqualByComparingTo("4.99");
	}

	@Test
	void raisesAPriceJustBelowTheEndingToIt() {
		assertThat(this.ninetyNines.roundUp(new BigDecimal("4.98"))).isEqualByComparingTo("4.99");
		assertThat(this.ninetyNines.roundUp(new BigDecimal("4.989"))).isEqualByComparingTo("4.99");
	}

	@Test
	void raisesAPriceJustAboveTheEndingToTheNextUnitsEnding() {
		assertThat(this.ninetyNines.roundUp(new BigDecimal("4.991"))).isEqualByComparingTo("5.99");
		assertThat(this.ninetyNines.roundUp(new BigDecimal("5.00"))).isEqualByComparingTo("5.99");
	}

	@Test
	void raisesAPriceBelowOneUnitToTheEnding() {
		assertThat(this.ninetyNines.roundUp(new BigDecimal("0.01"))).isEqualByComparingTo("0.99");
	}

	@Test
	void appliesTheEndingAfterTheStep() {
		PricingRounding fives = PricingRounding.of("0.05", "0.95");
		assertThat(fives.roundUp(new BigDecimal("3.951"))).isEqualByComparingTo("4.95");
		assertThat(fives.roundUp(new BigDecimal("3.90"))).isEqualByComparingTo("3.95");
	}

	@Test
	void roundsToAWholeNumberWithAZeroEnding() {
		PricingRounding wholeUnits = PricingRounding.of("0.01", "0");
		assertThat(wholeUnits.roundUp(new BigDecimal("12.01"))).isEqualByComparingTo("13");
		assertThat(wholeUnits.roundUp(new BigDecimal("12.00"))).isEqualByComparingTo("12");
	}

}
