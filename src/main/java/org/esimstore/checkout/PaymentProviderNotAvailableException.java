package org.esimstore.checkout;

import java.util.List;
import java.util.Map;

import org.esimstore.system.ApiException;

import org.springframework.http.HttpStatus;

/**
 * An order asked to be paid with a payment provider that is not available.
 */
class PaymentProviderNotAvailableException extends ApiException {

	private final List<String> available;

	PaymentProviderNotAvailableException(String requested, List<String> available) {
		super(HttpStatus.UNPROCESSABLE_CONTENT, "PAYMENT_PROVIDER_NOT_AVAILABLE",
				"Payment provider '" + requested + "' is not available; available: " + available);
		this.available = List.copyOf(available);
	}

	@Override
	public Map<String, Object> properties() {
		return Map.of("availableProviders", this.available);
	}

}
