package org.esimstore.esim;

import java.util.Map;
import java.util.UUID;

import org.esimstore.dancity.EsimStatus;
import org.esimstore.system.ApiException;

import org.springframework.http.HttpStatus;

/**
 * The customer's eSIM cannot take a top-up: it is not allocated yet, or its status (such
 * as expired or cancelled) rules one out.
 */
public class TopUpNotAllowedException extends ApiException {

	private final UUID esimId;

	private final EsimStatus status;

	TopUpNotAllowedException(UUID esimId, EsimStatus status, String message) {
		super(HttpStatus.CONFLICT, "TOPUP_NOT_ALLOWED", message);
		this.esimId = esimId;
		this.status = status;
	}

	public UUID esimId() {
		return this.esimId;
	}

	public EsimStatus esimStatus() {
		return this.status;
	}

	@Override
	public Map<String, Object> properties() {
		return Map.of("esimId", this.esimId.toString(), "esimStatus", this.status.name());
	}

}
