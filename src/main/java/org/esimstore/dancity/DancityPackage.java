package org.esimstore.dancity;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A data plan as Dancity sells it to us, new install or top-up.
 *
 * @param packageCode code to purchase it with
 * @param name display name
 * @param description longer text, when given
 * @param priceUsd Dancity's price in USD, when given
 * @param priceNaira Dancity's price in NGN, when given
 * @param volumeBytes data included, in bytes; {@code -1} when unlimited or unknown
 * @param durationDays validity in days
 * @param regionCode region the plan belongs to, when given
 * @param speed network generations such as {@code 3G/4G/5G}, when given
 * @param coverage names of the countries covered, empty when not given
 * @param topUp whether this is a top-up rather than a new eSIM
 */
public record DancityPackage(String packageCode, String name, @Nullable String description,
		@Nullable BigDecimal priceUsd, @Nullable BigDecimal priceNaira, long volumeBytes, int durationDays,
		@Nullable String regionCode, @Nullable String speed, List<String> coverage, boolean topUp) {

	/**
	 * What Dancity charges us in NGN: {@code priceInNaira}, or the USD price at the given
	 * exchange rate.
	 * @param exchangeRate NGN per USD, when known
	 * @return the cost in NGN, or {@code null} when neither price can be worked out
	 */
	public @Nullable BigDecimal costInNaira(@Nullable BigDecimal exchangeRate) {
		if (this.priceNaira != null) {
			return this.priceNaira;
		}
		if (this.priceUsd != null && exchangeRate != null) {
			return this.priceUsd.multiply(exchangeRate);
		}
		return null;
	}

}
