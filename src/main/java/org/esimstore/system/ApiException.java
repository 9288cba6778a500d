package org.esimstore.system;

import java.util.Map;

import org.springframework.http.HttpStatus;

/**
 * Base of every foreseeable failure answered to a client as a problem detail with a
 * stable {@code code}.
 */
public abstract class ApiException extends RuntimeException {

	private final HttpStatus status;

	private final String code;

	protected ApiException(HttpStatus status, String code, String message) {
		super(message);
		this.status = status;
		this.code = code;
	}

	protected ApiException(HttpStatus status, String code, String message, Throwable cause) {
		super(message, cause);
		this.status = status;
		this.code = code;
	}

	public HttpStatus status() {
		return this.status;
	}

	public String code() {
		return this.code;
	}

	/**
	 * Extra members added to the problem detail, such as the offending parameter.
	 * @return the properties, empty by default
	 */
	public Map<String, Object> properties() {
		return Map.of();
	}

	/**
	 * Response headers that go with the problem, such as {@code Retry-After}.
	 * @return header names and values, empty by default
	 */
	public Map<String, String> headers() {
		return Map.of();
	}

}
