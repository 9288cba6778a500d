package org.esimstore.catalog;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.esimstore.money.Money;

/**
 * A data plan in the storefront catalog, at the merchant's retail price.
 *
 * @param packageCode the code to order it by
 * @param name display name
 * @param description longer text, when Dancity gives one
 * @param dataBytes data included in bytes, {@code null} when unlimited
 * @param dataLabel data included for display, such as {@code 1 GB} or {@code Unlimited}
 * @param unlimited whether the data is unlimited
 * @param validityDays validity in days
 * @param price what the customer pays
 * @param speed network generations such as {@code 3G/4G/5G}, when known
 * @param coverage the countries covered, empty when not known
 */
record PackageItem(String packageCode, String name, @Nullable String description, @Nullable Long dataBytes,
		String dataLabel, boolean unlimited, int validityDays, Money price, @Nullable String speed,
		List<String> coverage) {
}
