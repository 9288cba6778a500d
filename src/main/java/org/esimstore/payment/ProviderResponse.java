package org.esimstore.payment;

/**
 * A provider's answer as it came: the HTTP status and the raw body.
 *
 * @param status the HTTP status code
 * @param body the body's bytes, empty when there was none
 */
public record ProviderResponse(int status, byte[] body) {

	public boolean isSuccessful() {
		return this.status >= 200 && this.status < 300;
	}

	/**
	 * Whether the provider turned the request away before doing anything because too many
	 * requests arrived.
	 * @return true for HTTP 429
	 */
	public boolean isRateLimited() {
		return this.status == 429;
	}

	public boolean isClientError() {
		return this.status >= 400 && this.status < 500;
	}

}
