package org.esimstore.catalog;

import java.time.Instant;
import java.util.Currency;

/**
 * A currency prices can be shown in, with its stored rounding, as the admin API lists it.
 *
 * @param currency the currency
 * @param rounding step and optional ending
 * @param createdAt when the currency was configured
 * @param updatedAt when its rounding was last changed
 */
public record PricingCurrencyRounding(Currency currency, PricingRounding rounding, Instant createdAt,
		Instant updatedAt) {
}
