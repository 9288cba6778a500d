package org.esimstore.catalog;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.esimstore.IntegrationTest;
import org.esimstore.money.Money;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The pricing rules in PostgreSQL: seeded from configuration, guarded by the schema, and
 * applied to the next price as soon as they are edited. Each test puts back what it
 * changed, since the whole suite shares the database.
 */
@IntegrationTest
class PricingRulesIntegrationTests {

	private static final String PACKAGE = "PRICING-TEST-1G";

	private static final WholesaleCost COST = new WholesaleCost(PACKAGE, "ZZ", Money.of("1000", "NGN"),
			new BigDecimal("1600"));

	@Autowired
	PricingRules pricing;

	@Autowired
	RetailPricing retailPricing;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void seedsTheConfiguredDefaultRuleAndRoundings() {
		Map<String, Object> rule = this.jdbc.queryForMap(
				"SELECT scope_key, markup_percent, fixed_fee, minimum_margin_percent FROM pricing_rule WHERE scope = 'DEFAULT'");
		List<Map<String, Object>> roundings = this.jdbc
			.queryForList("SELECT currency, step, ending FROM pricing_rounding ORDER BY currency");

		assertThat(rule.get("scope_key")).isNull();
		assertThat((BigDecimal) rule.get("markup_percent")).isEqualByComparingTo("30");
		assertThat((BigDecimal) rule.get("fixed_fee")).isEqualByComparingTo("0");
		assertThat((BigDecimal) rule.get("minimum_margin_percent")).isEqualByComparingTo("10");
		assertThat(roundings).extracting((row) -> row.get("currency")).containsExactly("NGN", "USD");
		assertThat((BigDecimal) roundings.get(0).get("step")).isEqualByComparingTo("50");
		assertThat(roundings.get(0).get("ending")).isNull();
		assertThat((BigDecimal) roundings.get(1).get("step")).isEqualByComparingTo("0.01");
		assertThat((BigDecimal) roundings.get(1).get("ending")).isEqualByComparingTo("0.99");
	}

	@Test
	void pricesWithTheSeededRulesThroughTheRetailPricingSeam() {
		assertThat(this.retailPricing).isSameAs(this.pricing);
		assertThat(this.retailPricing.retailPrice(COST, Money.NGN)).isEqualTo(Money.of("1300", "NGN"));
		assertThat(this.retailPricing.retailPrice(COST, Money.USD)).isEqualTo(Money.of("0.99", "USD"));
	}

	@Test
	void appliesARuleSavedThroughTheServiceToTheNextPrice() {
		try {
			PricingRule saved = this.pricing.saveRule(PricingScope.PACKAGE, PACKAGE, PricingTerms.of("50", "20", "10"));

			assertThat(saved.scopeKey()).isEqualTo(PACKAGE);
			assertThat(this.pricing.retailPrice(COST, Money.NGN)).isEqualTo(Money.of("1550", "NGN"));
			assertThat(this.pricing.retailPrice(COST, Money.USD)).isEqualTo(Money.of("0.99", "USD"));
			assertThat((BigDecimal) this.jdbc.queryForObject(
					"SELECT markup_percent FROM pricing_rule WHERE scope = 'PACKAGE' AND scope_key = ?",
					BigDecimal.class, PACKAGE))
				.isEqualByComparingTo("50");

			this.pricing.saveRule(PricingScope.PACKAGE, PACKAGE, PricingTerms.of("200", "0", "10"));

			assertThat(this.pricing.retailPrice(COST, Money.NGN)).isEqualTo(Money.of("3000", "NGN"));
			assertThat(this.pricing.retailPrice(COST, Money.USD)).isEqualTo(Money.of("1.99", "USD"));
		}
		finally {
			this.pricing.deleteRule(PricingScope.PACKAGE, PACKAGE);
		}
		assertThat(this.pricing.retailPrice(COST, Money.NGN)).isEqualTo(Money.of("1300", "NGN"));
	}

	@Test
	void appliesARegionRuleSavedInLowerCaseToItsPackages() {
		try {
			this.pricing.saveRule(PricingScope.REGION, "zz", PricingTerms.of("100", "0", "10"));

			assertThat(this.pricing.rule(PricingScope.REGION, "ZZ").terms().markupPercent())
				.isEqualByComparingTo("100");
			assertThat(this.pricing.retailPrice(COST, Money.NGN)).isEqualTo(Money.of("2000", "NGN"));
		}
		finally {
			this.pricing.deleteRule(PricingScope.REGION, "ZZ");
		}
	}

	@Test
	void appliesARoundingSavedThroughTheServiceToTheNextPrice() {
		PricingCurrencyRounding original = this.pricing.roundings()
			.stream()
			.filter((rounding) -> rounding.currency().equals(Money.USD))
			.findFirst()
			.orElseThrow();
		try {
			this.pricing.saveRounding(Money.USD, PricingRounding.of("0.05"));

			assertThat(this.pricing.retailPrice(COST, Money.USD)).isEqualTo(Money.of("0.85", "USD"));
		}
		finally {
			this.pricing.saveRounding(Money.USD, original.rounding());
		}
		assertThat(this.pricing.retailPrice(COST, Money.USD)).isEqualTo(Money.of("0.99", "USD"));
	}

	@Test
	void picksUpAnEditMadeByAnotherInstanceWhenReloaded() {
		try {
			this.jdbc.update("INSERT INTO pricing_rule (scope, scope_key, markup_percent, fixed_fee, "
					+ "minimum_margin_percent) VALUES ('PACKAGE', ?, 40, 0, 10)", PACKAGE);
			assertThat(this.pricing.retailPrice(COST, Money.NGN)).isEqualTo(Money.of("1300", "NGN"));

			this.pricing.reload();

			assertThat(this.pricing.retailPrice(COST, Money.NGN)).isEqualTo(Money.of("1400", "NGN"));
		}
		finally {
			this.jdbc.update("DELETE FROM pricing_rule WHERE scope = 'PACKAGE' AND scope_key = ?", PACKAGE);
			this.pricing.reload();
		}
	}

	@Test
	void refusesAnInvalidEditAndKeepsTheRules() {
		assertThatExceptionOfType(PricingChangeRejectedException.class)
			.isThrownBy(() -> this.pricing.saveRule(PricingScope.PACKAGE, PACKAGE, PricingTerms.of("-10", "0", "10")));
		assertThatExceptionOfType(PricingChangeRejectedException.class)
			.isThrownBy(() -> this.pricing.deleteRule(PricingScope.DEFAULT, ""));
		assertThatExceptionOfType(PricingRuleNotFoundException.class)
			.isThrownBy(() -> this.pricing.deleteRule(PricingScope.PACKAGE, PACKAGE));
		assertThatExceptionOfType(PricingChangeRejectedException.class)
			.isThrownBy(() -> this.pricing.deleteRounding(Money.NGN));

		assertThat(this.pricing.rules()).extracting(PricingRule::scopeKey).doesNotContain(PACKAGE);
		assertThat(this.pricing.retailPrice(COST, Money.NGN)).isEqualTo(Money.of("1300", "NGN"));
	}

	@Test
	void refusesOutOfBoundsRowsWrittenStraightToTheDatabase() {
		List<String> badRows = List.of(
				"INSERT INTO pricing_rule (scope, scope_key, markup_percent, fixed_fee, minimum_margin_percent) "
						+ "VALUES ('DEFAULT', NULL, 30, 0, 10)",
				"INSERT INTO pricing_rule (scope, scope_key, markup_percent, fixed_fee, minimum_margin_percent) "
						+ "VALUES ('REGION', 'zz', 30, 0, 10)",
				"INSERT INTO pricing_rule (scope, scope_key, markup_percent, fixed_fee, minimum_margin_percent) "
						+ "VALUES ('PACKAGE', NULL, 30, 0, 10)",
				"INSERT INTO pricing_rule (scope, scope_key, markup_percent, fixed_fee, minimum_margin_percent) "
						+ "VALUES ('PACKAGE', 'X', -1, 0, 10)",
				"INSERT INTO pricing_rule (scope, scope_key, markup_percent, fixed_fee, minimum_margin_percent) "
						+ "VALUES ('PACKAGE', 'X', 30, -1, 10)",
				"INSERT INTO pricing_rule (scope, scope_key, markup_percent, fixed_fee, minimum_margin_percent) "
						+ "VALUES ('COUNTRY', 'X', 30, 0, 10)",
				"INSERT INTO pricing_rounding (currency, step, ending) VALUES ('EUR', 1, NULL)",
				"UPDATE pricing_rounding SET step = 0 WHERE currency = 'NGN'",
				"UPDATE pricing_rounding SET ending = 1 WHERE currency = 'USD'");

		for (String badRow : badRows) {
			assertThatExceptionOfType(DataIntegrityViolationException.class).as(badRow)
				.isThrownBy(() -> this.jdbc.update(badRow));
		}
	}

}
