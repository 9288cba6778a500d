package org.esimstore.checkout;

import org.esimstore.catalog.SellablePackage;
import org.esimstore.money.Money;

/**
 * A top-up the customer can buy for one of their eSIMs.
 *
 * @param packageCode the code to order it with
 * @param name display name
 * @param dataBytes data added, in bytes; {@code -1} when unlimited
 * @param validityDays validity added, in days
 * @param price what the customer pays
 */
record TopUpPackageView(String packageCode, String name, long dataBytes, int validityDays, Money price) {

	static TopUpPackageView of(SellablePackage sellable) {
		return new TopUpPackageView(sellable.packageCode(), sellable.name(), sellable.dataBytes(),
				sellable.validityDays(), sellable.retailPrice());
	}

}
