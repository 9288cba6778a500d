package org.esimstore.catalog;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The pricing rules and roundings the database is seeded with when its tables are empty;
 * after that the stored ones, edited through {@link PricingRules}, are what counts.
 *
 * @param markupPercent default markup in percent of Dancity's cost
 * @param fixedFee default NGN fee added after the markup
 * @param minimumMarginPercent default floor: a price is never below the cost plus this
 * percent
 * @param rounding rounding by currency code; these are the currencies prices are shown in
 * (NGN and USD are possible), NGN in steps of 50 and USD ending in .99 when none is set
 * @param regions rules by region code; a value left out is taken from the defaults above
 * @param packages rules by package code; a value left out is taken from the defaults
 * above
 * @param reloadInterval how often the stored rules are read again, to pick up edits made
 * through another instance
 */
@ConfigurationProperties("storefront.pricing")
record PricingProperties(@DefaultValue("30") BigDecimal markupPercent, @DefaultValue("0") BigDecimal fixedFee,
		@DefaultValue("10") BigDecimal minimumMarginPercent, @DefaultValue Map<String, Rounding> rounding,
		@DefaultValue Map<String, Rule> regions, @DefaultValue Map<String, Rule> packages,
		@DefaultValue("10s") Duration reloadInterval) {

	PricingProperties {
		if (rounding.isEmpty()) {
			rounding = Map.of("NGN", new Rounding(new BigDecimal("50"), null), "USD",
					new Rounding(new BigDecimal("0.01"), new BigDecimal("0.99")));
		}
		if (reloadInterval.isNegative() || reloadInterval.isZero()) {
			throw new IllegalArgumentException(
					"storefront.pricing.reload-interval must be positive, was '" + reloadInterval + "'");
		}
	}

	PricingTerms defaultTerms() {
		return new PricingTerms(this.markupPercent, this.fixedFee, this.minimumMarginPercent);
	}

	/**
	 * The configured rules of one scope with their keys normalised and their missing
	 * values taken from the defaults.
	 * @param scope {@link PricingScope#REGION} or {@link PricingScope#PACKAGE}
	 * @return terms by key
	 */
	Map<String, PricingTerms> terms(PricingScope scope) {
		Map<String, Rule> configured = switch (scope) {
			case DEFAULT -> Map.of();
			case REGION -> regions();
			case PACKAGE -> packages();
		};
		Map<String, PricingTerms> terms = new LinkedHashMap<>();
		configured.forEach((key, rule) -> terms.put(PricingValidation.scopeKey(scope, key), rule.over(defaultTerms())));
		return terms;
	}

	Map<Currency, PricingRounding> roundings() {
		Map<Currency, PricingRounding> roundings = new LinkedHashMap<>();
		rounding().forEach((code, configured) -> roundings.put(Currency.getInstance(code.toUpperCase(Locale.ROOT)),
				new PricingRounding(configured.step(), configured.ending())));
		return roundings;
	}

	/**
	 * A configured rule for a region or package.
	 *
	 * @param markupPercent markup in percent, the default's when left out
	 * @param fixedFee NGN fee, the default's when left out
	 * @param minimumMarginPercent minimum margin in percent, the default's when left out
	 */
	record Rule(@Nullable BigDecimal markupPercent, @Nullable BigDecimal fixedFee,
			@Nullable BigDecimal minimumMarginPercent) {

		PricingTerms over(PricingTerms defaults) {
			return new PricingTerms((this.markupPercent != null) ? this.markupPercent : defaults.markupPercent(),
					(this.fixedFee != null) ? this.fixedFee : defaults.fixedFee(),
					(this.minimumMarginPercent != null) ? this.minimumMarginPercent : defaults.minimumMarginPercent());
		}

	}

	/**
	 * A configured rounding for one currency.
	 *
	 * @param step prices are rounded up to a multiple of this
	 * @param ending the fraction of a whole unit every price ends with, if any
	 */
	record Rounding(BigDecimal step, @Nullable BigDecimal ending) {
	}

}
