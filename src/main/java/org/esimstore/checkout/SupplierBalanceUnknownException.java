package org.esimstore.checkout;

import java.util.Map;

import org.esimstore.system.ApiException;

import org.springframework.http.HttpStatus;

/**
 * Dancity cannot tell its wallet balance now, so no order is taken: money taken now could
 * not be spent until Dancity answers again.
 */
class SupplierBalanceUnknownException extends ApiException {

	SupplierBalanceUnknownException(Throwable cause) {
		super(HttpStatus.SERVICE_UNAVAILABLE, "UPSTREAM_UNAVAILABLE",
				"The eSIM provider is not reachable; no order can be taken right now, please try again later", cause);
	}

	@Override
	public Map<String, String> headers() {
		return Map.of("Retry-After", "30");
	}

}
