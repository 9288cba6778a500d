package org.esimstore.esim;

import java.util.UUID;

import org.esimstore.system.ApiException;

import org.springframework.http.HttpStatus;

/**
 * A registration clashes with an eSIM already recorded for a different customer or order.
 */
public class EsimAlreadyRegisteredException extends ApiException {

	private final UUID existingEsimId;

	EsimAlreadyRegisteredException(UUID existingEsimId, String message) {
		super(HttpStatus.CONFLICT, "ESIM_ALREADY_REGISTERED", message);
		this.existingEsimId = existingEsimId;
	}

	/**
	 * The eSIM already recorded.
	 * @return its id
	 */
	public UUID existingEsimId() {
		return this.existingEsimId;
	}

}
