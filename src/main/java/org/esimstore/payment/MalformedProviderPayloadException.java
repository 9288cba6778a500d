package org.esimstore.payment;

import org.esimstore.system.ApiException;

import org.springframework.http.HttpStatus;

/**
 * A webhook body or provider answer is not JSON, or lacks a field this service relies on.
 */
public class MalformedProviderPayloadException extends ApiException {

	public MalformedProviderPayloadException(String message) {
		super(HttpStatus.BAD_REQUEST, "MALFORMED_PROVIDER_PAYLOAD", message);
	}

	public MalformedProviderPayloadException(String message, Throwable cause) {
		super(HttpStatus.BAD_REQUEST, "MALFORMED_PROVIDER_PAYLOAD", message, cause);
	}

}
