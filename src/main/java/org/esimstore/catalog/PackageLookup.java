package org.esimstore.catalog;

import java.time.Duration;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * Finds packages for checkout at current prices, from catalog data no older than asked
 * for.
 */
public interface PackageLookup {

	/**
	 * A new-eSIM package currently sold, from a catalog entry no older than
	 * {@code maxAge}; an older entry is refreshed through the catalog cache first (one
	 * Dancity call however many ask at once).
	 * @param packageCode the package
	 * @param currency the currency to price it in
	 * @param maxAge how old the catalog entry may be
	 * @return the package, or empty when it is not sold
	 * @throws UnsupportedCurrencyException when prices cannot be shown in that currency
	 */
	Optional<SellablePackage> findPackage(String packageCode, Currency currency, Duration maxAge);

	/**
	 * Top-up packages Dancity offers for an eSIM, at retail prices, from a short cache
	 * per ICCID.
	 * @param iccid the eSIM's ICCID
	 * @param currency the currency to price them in
	 * @return the top-ups, empty when the eSIM cannot be topped up
	 */
	List<SellablePackage> topUpsFor(String iccid, Currency currency);

}
