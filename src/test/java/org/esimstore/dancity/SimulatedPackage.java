package org.esimstore.dancity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * A data plan in the simulated Dancity's catalog, new install or top-up.
 *
 * @param code the package code, upstream style such as {@code CKH513}
 * @param name display name such as {@code Qatar 1GB 7Days}
 * @param description longer text
 * @param regionCode the region the plan is sold in
 * @param volumeBytes data included, in bytes
 * @param durationDays validity in days
 * @param priceUsd Dancity's price in USD
 * @param topUp whether this adds data to an existing eSIM
 * @param locations ISO codes of the countries covered
 * @param speed network generations such as {@code 3G/4G/5G}
 */
record SimulatedPackage(String code, String name, String description, String regionCode, long volumeBytes,
		int durationDays, BigDecimal priceUsd, boolean topUp, List<String> locations, String speed) {

	/** Share of Dancity's USD price that the upstream supplier charges Dancity. */
	private static final BigDecimal UPSTREAM_SHARE = new BigDecimal("0.978");

	/**
	 * The NGN price at an exchange rate, rounded up to whole naira as Dancity does.
	 * @param exchangeRate NGN per USD
	 * @return the price in NGN
	 */
	BigDecimal priceInNaira(BigDecimal exchangeRate) {
		return this.priceUsd.multiply(exchangeRate).setScale(0, RoundingMode.CEILING);
	}

	/**
	 * The upstream cost shown in eSIM details, a little below Dancity's own price.
	 * @return the cost in USD with up to four decimals
	 */
	BigDecimal upstreamPriceUsd() {
		return this.priceUsd.multiply(UPSTREAM_SHARE).setScale(4, RoundingMode.HALF_UP);
	}

	SimulatedPackage withPrice(BigDecimal priceUsd) {
		return new SimulatedPackage(this.code, this.name, this.description, this.regionCode, this.volumeBytes,
				this.durationDays, priceUsd, this.topUp, this.locations, this.speed);
	}

	String type() {
		return this.topUp ? "TOPUP" : "BASE";
	}

}
