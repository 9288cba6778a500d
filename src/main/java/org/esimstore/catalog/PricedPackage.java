package org.esimstore.catalog;

import org.esimstore.dancity.DancityPackage;

/**
 * A package at its retail price, with Dancity's description of it for the listing.
 *
 * @param sellable the package at its retail price
 * @param offered the package as Dancity offers it
 */
record PricedPackage(SellablePackage sellable, DancityPackage offered) {

	String packageCode() {
		return this.sellable.packageCode();
	}

	int validityDays() {
		return this.sellable.validityDays();
	}

}
