package org.esimstore.catalog;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.List;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;

import org.esimstore.dancity.DancityPackage;
import org.esimstore.dancity.DancityPackages;
import org.esimstore.dancity.DancityRegion;
import org.esimstore.dancity.RegionType;
import org.esimstore.money.Money;

/**
 * A small Dancity catalog, a pricing rule and budgets for the catalog's unit tests.
 */
final class CatalogFixtures {

	static final DancityRegion NIGERIA = new DancityRegion("NG", "Nigeria", RegionType.COUNTRY, null);

	static final DancityRegion IVORY_COAST = new DancityRegion("CI", "Côte d'Ivoire", RegionType.COUNTRY,
			"https://cdn.example/ci.svg");

	static final DancityRegion EUROPE = new DancityRegion("EU-42", "Europe (40+ areas)", RegionType.MULTI_COUNTRY,
			null);

	static final List<DancityRegion> REGIONS = List.of(NIGERIA, IVORY_COAST, EUROPE);

	static final BigDecimal EXCHANGE_RATE = new BigDecimal("1600");

	static final CatalogProperties PROPERTIES = new CatalogProperties(Duration.ofMinutes(10), Duration.ofMinutes(2),
			Duration.ofSeconds(30), Duration.ofSeconds(60), Duration.ofSeconds(30), Duration.ofSeconds(2));

	private CatalogFixtures() {
	}

	static DancityPackage offer(String code, String usd, long bytes, int days) {
		return new DancityPackage(code, code + " plan", null, new BigDecimal(usd), null, bytes, days, null, "4G",
				List.of(), false);
	}

	static DancityPackages packagesOf(DancityPackage... offers) {
		return new DancityPackages(List.of(offers), EXCHANGE_RATE);
	}

	/**
	 * Retail is cost plus a quarter, in NGN or converted to USD at Dancity's rate;
	 * nothing else is sold.
	 * @return the pricing
	 */
	static RetailPricing quarterMarkup() {
		return (cost, currency) -> {
			BigDecimal retail = cost.cost().amount().multiply(new BigDecimal("1.25"));
			if (currency.equals(Money.NGN)) {
				return Money.of(retail, currency);
			}
			if (!currency.equals(Money.USD)) {
				throw new UnsupportedCurrencyException(currency.getCurrencyCode());
			}
			if (cost.exchangeRate() == null) {
				throw new PriceUnavailableException(cost.packageCode(), currency, "no exchange rate");
			}
			return Money.of(retail.divide(cost.exchangeRate(), 2, RoundingMode.UP), currency);
		};
	}

	static RateLimiter budget(int callsPerPeriod, Duration period) {
		return RateLimiter.of("catalog",
				RateLimiterConfig.custom()
					.limitForPeriod(callsPerPeriod)
					.limitRefreshPeriod(period)
					.timeoutDuration(Duration.ZERO)
					.build());
	}

	static RateLimiter generousBudget() {
		return budget(1_000, Duration.ofMinutes(1));
	}

}
