package org.esimstore.checkout;

import java.util.Map;
import java.util.UUID;

import org.esimstore.system.ApiException;

import org.springframework.http.HttpStatus;

/**
 * The eSIM is not allocated yet or its status rules out adding data to it.
 */
class TopUpNotAllowedException extends ApiException {

	private final UUID esimId;

	private final String esimStatus;

	TopUpNotAllowedException(UUID esimId, String esimStatus, Throwable cause) {
		super(HttpStatus.CONFLICT, "TOPUP_NOT_ALLOWED", String.valueOf(cause.getMessage()), cause);
		this.esimId = esimId;
		this.esimStatus = esimStatus;
	}

	@Override
	public Map<String, Object> properties() {
		return Map.of("esimId", this.esimId.toString(), "esimStatus", this.esimStatus);
	}

}
