package org.esimstore.catalog;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * How prices in one currency are rounded: up to a multiple of the step, then, when an
 * ending is set, up to the next amount whose fraction of a whole unit is that ending (an
 * ending of {@code 0.99} turns {@code 4.10} into {@code 4.99} and {@code 4.99} stays).
 *
 * @param step prices are rounded up to a multiple of this, such as {@code 50} NGN or
 * {@code 0.01} USD; greater than 0, at most 100,000, no finer than the currency's minor
 * unit
 * @param ending the fraction of a whole unit every price ends with, such as {@code 0.99};
 * from 0 to below 1; {@code null} for none
 */
public record PricingRounding(BigDecimal step, @Nullable BigDecimal ending) {

	public PricingRounding {
		Objects.requireNonNull(step, "step");
	}

	public static PricingRounding of(String step) {
		return new PricingRounding(new BigDecimal(step), null);
	}

	public static PricingRounding of(String step, String ending) {
		return new PricingRounding(new BigDecimal(step), new BigDecimal(ending));
	}

	BigDecimal roundUp(BigDecimal value) {
		BigDecimal stepped = value.divide(this.step, 0, RoundingMode.CEILING).multiply(this.step);
		if (this.ending == null) {
			return stepped;
		}
		BigDecimal candidate = stepped.setScale(0, RoundingMode.FLOOR).add(this.ending);
		return (candidate.compareTo(stepped) >= 0) ? candidate : candidate.add(BigDecimal.ONE);
	}

}
