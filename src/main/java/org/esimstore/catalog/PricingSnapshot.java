package org.esimstore.catalog;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.esimstore.money.Money;

/**
 * An immutable copy of the pricing rules and roundings, and the arithmetic that turns
 * Dancity's NGN cost into a retail price with them.
 */
final class PricingSnapshot {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	// Only an intermediate: the result is rounded up to the currency's step afterwards.
	private static final int CONVERSION_SCALE = 12;

	private final PricingTerms defaultTerms;

	private final Map<String, PricingTerms> regionTerms;

	private final Map<String, PricingTerms> packageTerms;

	private final Map<Currency, PricingRounding> roundings;

	/**
	 * Creates a snapshot.
	 * @param defaultTerms the terms when no region or package rule applies
	 * @param regionTerms terms by upper-case region code
	 * @param packageTerms terms by package code
	 * @param roundings rounding by currency; these are the currencies prices can be shown
	 * in
	 */
	PricingSnapshot(PricingTerms defaultTerms, Map<String, PricingTerms> regionTerms,
			Map<String, PricingTerms> packageTerms, Map<Currency, PricingRounding> roundings) {
		this.defaultTerms = defaultTerms;
		this.regionTerms = Map.copyOf(regionTerms);
		this.packageTerms = Map.copyOf(packageTerms);
		this.roundings = Map.copyOf(roundings);
	}

	Money retailPrice(WholesaleCost cost, Currency currency) {
		PricingRounding rounding = this.roundings.get(currency);
		if (rounding == null || !PricingValidation.CONVERTIBLE_CURRENCIES.contains(currency)) {
			throw new UnsupportedCurrencyException(currency.getCurrencyCode());
		}
		BigDecimal naira = retailInNaira(cost);
		if (currency.equals(Money.NGN)) {
			return new Money(rounding.roundUp(naira), currency);
		}
		BigDecimal rate = cost.exchangeRate();
		if (rate == null || rate.signum() <= 0) {
			throw new PriceUnavailableException(cost.packageCode(), currency,
					"Dancity gave no usable NGN exchange rate (" + rate + ")");
		}
		return new Money(rounding.roundUp(naira.divide(rate, CONVERSION_SCALE, RoundingMode.CEILING)), currency);
	}

	/**
	 * The unrounded NGN retail price: cost with markup and fee, raised to the minimum
	 * margin when that is higher.
	 * @param cost what Dancity charges
	 * @return the price in NGN before rounding
	 */
	BigDecimal retailInNaira(WholesaleCost cost) {
		if (!cost.cost().currency().equals(Money.NGN)) {
			throw new IllegalArgumentException(
					"Wholesale cost of package '" + cost.packageCode() + "' must be in NGN, was " + cost.cost());
		}
		BigDecimal amount = cost.cost().amount();
		PricingTerms terms = termsFor(cost.packageCode(), cost.regionCode());
		BigDecimal marked = amount.multiply(BigDecimal.ONE.add(terms.markupPercent().divide(HUNDRED)))
			.add(terms.fixedFee());
		BigDecimal floor = amount.multiply(BigDecimal.ONE.add(terms.minimumMarginPercent().divide(HUNDRED)));
		return marked.max(floor);
	}

	PricingTerms termsFor(String packageCode, String regionCode) {
		PricingTerms terms = this.packageTerms.get(packageCode);
		if (terms == null) {
			terms = this.regionTerms.get(regionCode.toUpperCase(Locale.ROOT));
		}
		return (terms != null) ? terms : this.defaultTerms;
	}

	Set<Currency> currencies() {
		return this.roundings.keySet();
	}

}
