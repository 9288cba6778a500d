package org.esimstore.catalog;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.esimstore.money.Money;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.mock;

/**
 * How the snapshot of pricing rules is replaced, kept when it cannot be, and reloaded on
 * a schedule.
 */
class PricingRulesTests {

	private static final WholesaleCost COST = new WholesaleCost("NG1G7D", "NG", Money.of("1000", "NGN"),
			new BigDecimal("1600"));

	private final PricingRuleRepository ruleRepository = mock();

	private final PricingRoundingRepository roundingRepository = mock();

	private final PricingProperties properties = new PricingProperties(new BigDecimal("30"), BigDecimal.ZERO,
			BigDecimal.TEN, Map.of(), Map.of(), Map.of(), Duration.ofSeconds(7));

	private final PricingRules rules = new PricingRules(this.ruleRepository, this.roundingRepository, this.properties,
			mock(PlatformTransactionManager.class));

	@Test
	void pricesWithTheConfiguredRulesBeforeTheStoredOnesAreLoaded() {
		assertThat(this.rules.retailPrice(COST, Money.NGN)).isEqualTo(Money.of("1300", "NGN"));
		assertThat(this.rules.currencies()).containsExactlyInAnyOrder(Money.NGN, Money.USD);
	}

	@Test
	void replacesTheSnapshotWithTheStoredRulesOnReload() {
		storedRules(new PricingRuleEntity(PricingScope.DEFAULT, null, PricingTerms.of("50", "0", "10"), Instant.now()));

		this.rules.reload();

		assertThat(this.rules.retailPrice(COST, Money.NGN)).isEqualTo(Money.of("1500", "NGN"));
	}

	@Test
	void keepsPricingWithTheLoadedRulesWhenTheDatabaseCannotBeRead() {
		storedRules(new PricingRuleEntity(PricingScope.DEFAULT, null, PricingTerms.of("50", "0", "10"), Instant.now()));
		this.rules.reload();
		given(this.ruleRepository.findAll()).willThrow(new DataAccessResourceFailureException("connection refused"));

		this.rules.reloadOrKeep();

		assertThat(this.rules.retailPrice(COST, Money.NGN)).isEqualTo(Money.of("1500", "NGN"));
	}

	@Test
	void keepsPricingWithTheLoadedRulesWhenTheDefaultRuleIsMissing() {
		storedRules(new PricingRuleEntity(PricingScope.REGION, "NG", PricingTerms.of("80", "0", "10"), Instant.now()));

		this.rules.reloadOrKeep();

		assertThat(this.rules.retailPrice(COST, Money.NGN)).isEqualTo(Money.of("1300", "NGN"));
	}

	@Test
	void reloadsOnTheConfiguredInterval() {
		ScheduledTaskRegistrar registrar = new ScheduledTaskRegistrar();

		new PricingReloadSchedule(this.rules, this.properties).configureTasks(registrar);

		assertThat(registrar.getFixedDelayTaskList()).singleElement().satisfies((task) -> {
			assertThat(task.getIntervalDuration()).isEqualTo(Duration.ofSeconds(7));
			assertThat(task.getInitialDelayDuration()).isEqualTo(Duration.ofSeconds(7));
			storedRules(
					new PricingRuleEntity(PricingScope.DEFAULT, null, PricingTerms.of("50", "0", "10"), Instant.now()));
			task.getRunnable().run();
			then(this.ruleRepository).should().findAll();
			assertThat(this.rules.retailPrice(COST, Money.NGN)).isEqualTo(Money.of("1500", "NGN"));
		});
	}

	private void storedRules(PricingRuleEntity... rules) {
		given(this.ruleRepository.findAll()).willReturn(List.of(rules));
		given(this.roundingRepository.findAll())
			.willReturn(List.of(new PricingRoundingEntity(Money.NGN, PricingRounding.of("50"), Instant.now()),
					new PricingRoundingEntity(Money.USD, PricingRounding.of("0.01", "0.99"), Instant.now())));
	}

}
