package org.esimstore.catalog;

import org.esimstore.money.Money;

/**
 * A package as the storefront sells it right now: its retail price and what Dancity
 * charges us for it.
 *
 * @param packageCode Dancity's package code
 * @param name display name
 * @param regionCode region the package belongs to
 * @param dataBytes data included in bytes, {@code -1} when unlimited
 * @param validityDays validity in days
 * @param retailPrice what the customer pays
 * @param wholesaleCost what Dancity charges us, in NGN
 * @param topUp whether it adds data to an existing eSIM
 */
public record SellablePackage(String packageCode, String name, String regionCode, long dataBytes, int validityDays,
		Money retailPrice, Money wholesaleCost, boolean topUp) {
}
