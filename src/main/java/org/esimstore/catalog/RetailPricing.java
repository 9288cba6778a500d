package org.esimstore.catalog;

import java.util.Currency;

import org.esimstore.money.Money;

/**
 * Works out the merchant's retail price of a package from what Dancity charges for it.
 */
public interface RetailPricing {

	/**
	 * The retail price of a package in the requested currency, by the rule for the
	 * package, else its region, else the default; rounded up to the currency's step and
	 * never below the minimum margin.
	 * @param cost what Dancity charges us for the package
	 * @param currency the currency to show the price in
	 * @return the retail price
	 * @throws UnsupportedCurrencyException when prices cannot be shown in that currency
	 */
	Money retailPrice(WholesaleCost cost, Currency currency);

}
