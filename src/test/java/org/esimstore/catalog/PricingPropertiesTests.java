package org.esimstore.catalog;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.esimstore.money.Money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * How the configured pricing becomes the rules the database is seeded with.
 */
class PricingPropertiesTests {

	@Test
	void takesValuesLeftOutOfARegionOrPackageRuleFromTheDefaults() {
		PricingProperties properties = properties(
				Map.of("ng", new PricingProperties.Rule(new BigDecimal("25"), null, null)),
				Map.of("NG1G7D", new PricingProperties.Rule(null, new BigDecimal("100"), new BigDecimal("15"))));

		assertThat(properties.defaultTerms()).isEqualTo(PricingTerms.of("30", "0", "10"));
		assertThat(properties.terms(PricingScope.REGION))
			.containsExactly(Map.entry("NG", PricingTerms.of("25", "0", "10")));
		assertThat(properties.terms(PricingScope.PACKAGE))
			.containsExactly(Map.entry("NG1G7D", PricingTerms.of("30", "100", "15")));
	}

	@Test
	void offersNairaInFiftiesAndDollarsEndingInNinetyNineWhenNoRoundingIsConfigured() {
		assertThat(properties(Map.of(), Map.of()).roundings()).containsOnly(
				Map.entry(Money.NGN, PricingRounding.of("50")),
				Map.entry(Money.USD, PricingRounding.of("0.01", "0.99")));
	}

	@Test
	void refusesAReloadIntervalThatIsNotPositive() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new PricingProperties(new BigDecimal("30"), BigDecimal.ZERO, BigDecimal.TEN, Map.of(),
					Map.of(), Map.of(), Duration.ZERO))
			.withMessageContaining("reload-interval");
	}

	private static PricingProperties properties(Map<String, PricingProperties.Rule> regions,
			Map<String, PricingProperties.Rule> packages) {
		return new PricingProperties(new BigDecimal("30"), BigDecimal.ZERO, BigDecimal.TEN, Map.of(), regions, packages,
				Duration.ofSeconds(10));
	}

}
