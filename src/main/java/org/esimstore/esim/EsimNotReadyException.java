package org.esimstore.esim;

import java.util.Map;
import java.util.UUID;

import org.esimstore.dancity.EsimStatus;
import org.esimstore.system.ApiException;

import org.springframework.http.HttpStatus;

/**
 * The eSIM has no activation code yet because Dancity is still allocating it, so there is
 * no QR code to show.
 */
class EsimNotReadyException extends ApiException {

	private final EsimStatus status;

	EsimNotReadyException(UUID esimId, EsimStatus status) {
		super(HttpStatus.CONFLICT, "ESIM_NOT_READY",
				"eSIM '" + esimId + "' is " + status + " and has no activation code yet; try again shortly");
		this.status = status;
	}

	@Override
	public Map<String, Object> properties() {
		return Map.of("esimStatus", this.status.name());
	}

}
