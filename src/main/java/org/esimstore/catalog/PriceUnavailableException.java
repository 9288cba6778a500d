package org.esimstore.catalog;

import java.util.Currency;
import java.util.Map;

import org.esimstore.system.ApiException;

import org.springframework.http.HttpStatus;

/**
 * A price cannot be worked out right now because Dancity did not give what it needs, such
 * as the exchange rate for a USD price.
 */
public class PriceUnavailableException extends ApiException {

	private final String packageCode;

	private final Currency currency;

	public PriceUnavailableException(String packageCode, Currency currency, String reason) {
		super(HttpStatus.SERVICE_UNAVAILABLE, "PRICE_UNAVAILABLE", "The " + currency.getCurrencyCode()
				+ " price of package '" + packageCode + "' is unavailable: " + reason);
		this.packageCode = packageCode;
		this.currency = currency;
	}

	public String packageCode() {
		return this.packageCode;
	}

	public Currency currency() {
		return this.currency;
	}

	@Override
	public Map<String, Object> properties() {
		return Map.of("packageCode", this.packageCode, "currency", this.currency.getCurrencyCode());
	}

}
