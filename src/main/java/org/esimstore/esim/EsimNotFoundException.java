package org.esimstore.esim;

import java.util.UUID;

import org.esimstore.system.ApiException;

import org.springframework.http.HttpStatus;

/**
 * No such eSIM, or one that belongs to another customer: both answer alike so that ids
 * reveal nothing.
 */
public class EsimNotFoundException extends ApiException {

	private final UUID esimId;

	public EsimNotFoundException(UUID esimId) {
		super(HttpStatus.NOT_FOUND, "ESIM_NOT_FOUND", "eSIM '" + esimId + "' was not found");
		this.esimId = esimId;
	}

	public UUID esimId() {
		return this.esimId;
	}

}
