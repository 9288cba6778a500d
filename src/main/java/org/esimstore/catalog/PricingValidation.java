package org.esimstore.catalog;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.esimstore.money.Money;

/**
 * The bounds every pricing rule and rounding must keep, the same ones the database's
 * check constraints hold.
 */
final class PricingValidation {

	/** Currencies a price can be computed in: NGN as charged, USD by Dancity's rate. */
	static final Set<Currency> CONVERTIBLE_CURRENCIES = Set.of(Money.NGN, Money.USD);

	private static final BigDecimal MAX_PERCENT = new BigDecimal("1000");

	private static final int PERCENT_SCALE = 3;

	private static final BigDecimal MAX_FIXED_FEE = new BigDecimal("1000000");

	private static final int FEE_SCALE = 2;

	private static final BigDecimal MAX_STEP = new BigDecimal("100000");

	private static final Pattern SCOPE_KEY = Pattern.compile("\\S{1,64}");

	private PricingValidation() {
	}

	/**
	 * The key a rule is stored under: none for the default rule, the region code in upper
	 * case, or the package code as given.
	 * @param scope the rule's scope
	 * @param scopeKey the key as given, surrounding spaces ignored
	 * @return the key to store
	 * @throws PricingChangeRejectedException when the key does not fit the scope
	 */
	static @Nullable String scopeKey(PricingScope scope, @Nullable String scopeKey) {
		String key = (scopeKey != null) ? scopeKey.strip() : null;
		if (scope == PricingScope.DEFAULT) {
			if (key != null && !key.isEmpty()) {
				throw rejected(describe(scope, key), "scopeKey",
						"must be empty for the default rule, was '" + key + "'");
			}
			return null;
		}
		if (key == null || !SCOPE_KEY.matcher(key).matches()) {
			throw rejected("Pricing rule " + scope, "scopeKey",
					"must be 1 to 64 characters without spaces, was '" + scopeKey + "'");
		}
		return (scope == PricingScope.REGION) ? key.toUpperCase(Locale.ROOT) : key;
	}

	/**
	 * Checks a rule's terms.
	 * @param subject what the terms belong to, for the message
	 * @param terms the terms
	 * @throws PricingChangeRejectedException naming every value out of bounds
	 */
	static void terms(String subject, PricingTerms terms) {
		Map<String, String> errors = new LinkedHashMap<>();
		checkPercent(errors, "markupPercent", terms.markupPercent());
		if (!within(terms.fixedFee(), BigDecimal.ZERO, MAX_FIXED_FEE, FEE_SCALE)) {
			errors.put("fixedFee", "must be between 0 and " + MAX_FIXED_FEE.toPlainString()
					+ " NGN with at most 2 decimals, was '" + terms.fixedFee().toPlainString() + "'");
		}
		checkPercent(errors, "minimumMarginPercent", terms.minimumMarginPercent());
		if (!errors.isEmpty()) {
			throw new PricingChangeRejectedException(subject, errors);
		}
	}

	/**
	 * Checks a currency's rounding.
	 * @param currency the currency
	 * @param rounding its rounding
	 * @throws UnsupportedCurrencyException when prices cannot be computed in the currency
	 * @throws PricingChangeRejectedException naming every value out of bounds
	 */
	static void rounding(Currency currency, PricingRounding rounding) {
		if (!CONVERTIBLE_CURRENCIES.contains(currency)) {
			throw new UnsupportedCurrencyException(currency.getCurrencyCode());
		}
		int minorDigits = currency.getDefaultFractionDigits();
		Map<String, String> errors = new LinkedHashMap<>();
		if (rounding.step().signum() <= 0 || !within(rounding.step(), BigDecimal.ZERO, MAX_STEP, minorDigits)) {
			errors.put("step", "must be above 0 and at most " + MAX_STEP.toPlainString() + " with at most "
					+ minorDigits + " decimals, was '" + rounding.step().toPlainString() + "'");
		}
		BigDecimal ending = rounding.ending();
		if (ending != null && (ending.compareTo(BigDecimal.ONE) >= 0
				|| !within(ending, BigDecimal.ZERO, BigDecimal.ONE, minorDigits))) {
			errors.put("ending", "must be at least 0 and below 1 with at most " + minorDigits + " decimals, was '"
					+ ending.toPlainString() + "'");
		}
		if (!errors.isEmpty()) {
			throw new PricingChangeRejectedException("Rounding for " + currency.getCurrencyCode(), errors);
		}
	}

	static String describe(PricingScope scope, @Nullable String scopeKey) {
		return (scopeKey != null) ? "Pricing rule " + scope + " '" + scopeKey + "'" : "Pricing rule " + scope;
	}

	private static void checkPercent(Map<String, String> errors, String field, BigDecimal value) {
		if (!within(value, BigDecimal.ZERO, MAX_PERCENT, PERCENT_SCALE)) {
			errors.put(field, "must be between 0 and " + MAX_PERCENT.toPlainString() + " with at most 3 decimals, was '"
					+ value.toPlainString() + "'");
		}
	}

	private static boolean within(BigDecimal value, BigDecimal min, BigDecimal max, int maxScale) {
		return value.compareTo(min) >= 0 && value.compareTo(max) <= 0 && value.stripTrailingZeros().scale() <= maxScale;
	}

	private static PricingChangeRejectedException rejected(String subject, String field, String message) {
		return new PricingChangeRejectedException(subject, Map.of(field, message));
	}

}
