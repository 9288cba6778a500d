package org.esimstore.catalog;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.esimstore.dancity.DancityPackage;
import org.esimstore.money.Money;

/**
 * Puts the merchant's retail price on Dancity's packages.
 */
class CatalogPricing {

	private static final Logger logger = LoggerFactory.getLogger(CatalogPricing.class);

	private final RetailPricing retailPricing;

	CatalogPricing(RetailPricing retailPricing) {
		this.retailPricing = retailPricing;
	}

	/**
	 * A package for a listing: as {@link #sellable} but left out, rather than failing the
	 * whole list, when this one package cannot be priced in the currency.
	 * @param offered the package as Dancity offers it
	 * @param regionCode the region it belongs to, empty when unknown
	 * @param exchangeRate Dancity's NGN per USD rate, when known
	 * @param currency the currency to price it in
	 * @return the package with its retail price and wholesale cost
	 * @throws UnsupportedCurrencyException when prices cannot be shown in that currency
	 */
	Optional<SellablePackage> listed(DancityPackage offered, String regionCode, @Nullable BigDecimal exchangeRate,
			Currency currency) {
		try {
			return sellable(offered, regionCode, exchangeRate, currency);
		}
		catch (PriceUnavailableException ex) {
			logger.debug("Package '{}' is left out of the listing: {}", offered.packageCode(), ex.getMessage());
			return Optional.empty();
		}
	}

	/**
	 * A package as sold now, or empty when Dancity gave no price it can be sold at.
	 * @param offered the package as Dancity offers it
	 * @param regionCode the region it belongs to, empty when unknown
	 * @param exchangeRate Dancity's NGN per USD rate, when known
	 * @param currency the currency to price it in
	 * @return the package with its retail price and wholesale cost
	 * @throws UnsupportedCurrencyException when prices cannot be shown in that currency
	 * @throws PriceUnavailableException when Dancity gave too little to price it in that
	 * currency
	 */
	Optional<SellablePackage> sellable(DancityPackage offered, String regionCode, @Nullable BigDecimal exchangeRate,
			Currency currency) {
		BigDecimal cost = offered.costInNaira(exchangeRate);
		if (cost == null) {
			logger.debug("Package '{}' of region '{}' has no usable price and is not offered", offered.packageCode(),
					regionCode);
			return Optional.empty();
		}
		Money wholesale = Money.of(cost, Money.NGN);
		Money retail = this.retailPricing
			.retailPrice(new WholesaleCost(offered.packageCode(), regionCode, wholesale, exchangeRate), currency);
		return Optional.of(new SellablePackage(offered.packageCode(), offered.name(), regionCode, offered.volumeBytes(),
				offered.durationDays(), retail, wholesale, offered.topUp()));
	}

}
