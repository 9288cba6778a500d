package org.esimstore.dancity;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A list of packages with the exchange rate Dancity used for its NGN prices.
 *
 * @param packages the packages, possibly empty
 * @param exchangeRate NGN per USD, when Dancity gives it
 */
public record DancityPackages(List<DancityPackage> packages, @Nullable BigDecimal exchangeRate) {
}
