package org.esimstore.catalog;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * How a retail price is made from Dancity's cost: a percentage on top, a fixed fee, and a
 * floor below which the margin never goes.
 *
 * @param markupPercent percent added to the cost, 0 to 1000
 * @param fixedFee NGN added after the markup, 0 to 1,000,000
 * @param minimumMarginPercent the retail price is never below the cost plus this percent,
 * 0 to 1000
 */
public record PricingTerms(BigDecimal markupPercent, BigDecimal fixedFee, BigDecimal minimumMarginPercent) {

	public PricingTerms {
		Objects.requireNonNull(markupPercent, "markupPercent");
		Objects.requireNonNull(fixedFee, "fixedFee");
		Objects.requireNonNull(minimumMarginPercent, "minimumMarginPercent");
	}

	public static PricingTerms of(String markupPercent, String fixedFee, String minimumMarginPercent) {
		return new PricingTerms(new BigDecimal(markupPercent), new BigDecimal(fixedFee),
				new BigDecimal(minimumMarginPercent));
	}

}
