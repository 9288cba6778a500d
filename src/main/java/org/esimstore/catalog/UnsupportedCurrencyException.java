package org.esimstore.catalog;

import java.util.Map;

import org.esimstore.system.ApiException;

import org.springframework.http.HttpStatus;

/**
 * Prices were asked for in a currency the storefront is not configured to sell in.
 */
public class UnsupportedCurrencyException extends ApiException {

	private final String currency;

	public UnsupportedCurrencyException(String currency) {
		super(HttpStatus.BAD_REQUEST, "UNSUPPORTED_CURRENCY", "Currency '" + currency + "' is not supported");
		this.currency = currency;
	}

	@Override
	public Map<String, Object> properties() {
		return Map.of("parameter", "currency", "currency", this.currency);
	}

}
