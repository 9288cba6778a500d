package org.esimstore.payment;

import org.jspecify.annotations.Nullable;

import org.esimstore.system.ApiException;

import org.springframework.http.HttpStatus;

/**
 * Base of every failure talking to a payment provider. Messages never contain a secret
 * key.
 */
public abstract class PaymentProviderException extends ApiException {

	private final PaymentProviderType provider;

	private final String operation;

	protected PaymentProviderException(HttpStatus status, String code, PaymentProviderType provider, String operation,
			String message, @Nullable Throwable cause) {
		super(status, code, message);
		if (cause != null) {
			initCause(cause);
		}
		this.provider = provider;
		this.operation = operation;
	}

	/**
	 * The provider that failed.
	 * @return the provider
	 */
	public PaymentProviderType provider() {
		return this.provider;
	}

	/**
	 * What was asked of the provider, such as {@code initialize transaction}.
	 * @return the operation
	 */
	public String operation() {
		return this.operation;
	}

	/**
	 * Whether the request certainly did not take effect at the provider, so that sending
	 * it again cannot do anything twice.
	 * @return true when nothing can have happened at the provider
	 */
	public abstract boolean certainlyNotApplied();

}
