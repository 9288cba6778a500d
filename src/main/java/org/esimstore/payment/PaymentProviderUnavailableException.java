package org.esimstore.payment;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;

/**
 * A payment provider could not be reached or failed on its side: connection refused, a
 * timeout, a 5xx or 429 answer, or an answer that cannot be read. Trying again later may
 * succeed.
 */
public class PaymentProviderUnavailableException extends PaymentProviderException {

	private final boolean certainlyNotApplied;

	public PaymentProviderUnavailableException(PaymentProviderType provider, String operation, String message,
			boolean certainlyNotApplied, @Nullable Throwable cause) {
		super(HttpStatus.SERVICE_UNAVAILABLE, "PAYMENT_PROVIDER_UNAVAILABLE", provider, operation, message, cause);
		this.certainlyNotApplied = certainlyNotApplied;
	}

	/**
	 * Whether the request certainly did not take effect: true when the connection was
	 * refused or the provider answered 429, false after a timeout or a 5xx, when the
	 * provider may have acted.
	 * @return true when nothing can have happened at the provider
	 */
	@Override
	public boolean certainlyNotApplied() {
		return this.certainlyNotApplied;
	}

}
