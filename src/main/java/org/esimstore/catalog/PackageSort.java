package org.esimstore.catalog;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Orders in which a region's packages can be listed; ties fall back to price, then data,
 * then the package code, so that the order is stable.
 */
enum PackageSort {

	PRICE(Comparator.comparing(PackageSort::amount)),

	DATA(Comparator.comparingLong(PackageSort::dataForOrdering)),

	VALIDITY(Comparator.comparingInt(PricedPackage::validityDays));

	private final Comparator<PricedPackage> order;

	PackageSort(Comparator<PricedPackage> primary) {
		this.order = primary.thenComparing(PackageSort::amount)
			.thenComparingLong(PackageSort::dataForOrdering)
			.thenComparing(PricedPackage::packageCode);
	}

	Comparator<PricedPackage> order() {
		return this.order;
	}

	/**
	 * The sort named by a query parameter.
	 * @param value the parameter, {@code null} for the default
	 * @return the sort, by price when absent
	 * @throws InvalidCatalogParameterException when the name is unknown
	 */
	static PackageSort fromParameter(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return PRICE;
		}
		try {
			return valueOf(value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidCatalogParameterException("sort", value, "price, data or validity");
		}
	}

	private static BigDecimal amount(PricedPackage priced) {
		return priced.sellable().retailPrice().amount();
	}

	// Unlimited plans sort after every limited one.
	private static long dataForOrdering(PricedPackage priced) {
		long bytes = priced.sellable().dataBytes();
		return (bytes < 0) ? Long.MAX_VALUE : bytes;
	}

}
