package org.esimstore.checkout;

import java.util.Map;

import org.esimstore.system.ApiException;

import org.springframework.http.HttpStatus;

/**
 * Dancity's wallet cannot pay for another order now, so none is taken; the merchant has
 * to fund the wallet. The detail does not tell the customer the merchant's balance.
 */
class SupplierBalanceLowException extends ApiException {

	SupplierBalanceLowException() {
		super(HttpStatus.SERVICE_UNAVAILABLE, "SUPPLIER_BALANCE_LOW",
				"Orders cannot be taken right now; please try again later");
	}

	@Override
	public Map<String, String> headers() {
		return Map.of("Retry-After", "300");
	}

}
