package org.esimstore.payment;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;

/**
 * A payment provider refused a request with a 4xx answer, such as an invalid parameter,
 * an unknown reference or a wrong API key; sending it again unchanged will not help.
 */
public class PaymentProviderRejectedException extends PaymentProviderException {

	private final int providerStatus;

	private final @Nullable String providerCode;

	private final @Nullable String providerMessage;

	public PaymentProviderRejectedException(PaymentProviderType provider, String operation, int providerStatus,
			@Nullable String providerCode, @Nullable String providerMessage) {
		super(HttpStatus.BAD_GATEWAY, "PAYMENT_PROVIDER_REJECTED", provider, operation,
				describe(provider, operation, providerStatus, providerCode, providerMessage), null);
		this.providerStatus = providerStatus;
		this.providerCode = providerCode;
		this.providerMessage = providerMessage;
	}

	private static String describe(PaymentProviderType provider, String operation, int status, @Nullable String code,
			@Nullable String message) {
		StringBuilder description = new StringBuilder(provider.displayName()).append(" rejected ")
			.append(operation)
			.append(" (HTTP ")
			.append(status);
		if (code != null) {
			description.append(", code '").append(code).append("'");
		}
		description.append(")");
		if (message != null) {
			description.append(": ").append(message);
		}
		return description.toString();
	}

	/**
	 * The HTTP status the provider answered.
	 * @return the status, such as 400
	 */
	public int providerStatus() {
		return this.providerStatus;
	}

	/**
	 * The provider's machine-readable error code, such as Stripe's
	 * {@code resource_missing}.
	 * @return the code, {@code null} when the provider gave none
	 */
	public @Nullable String providerCode() {
		return this.providerCode;
	}

	/**
	 * The provider's explanation, with any secret removed.
	 * @return the message, {@code null} when the provider gave none
	 */
	public @Nullable String providerMessage() {
		return this.providerMessage;
	}

	/**
	 * Whether the provider refused our API key, which is a configuration fault rather
	 * than a bad request.
	 * @return true for HTTP 401 and 403
	 */
	public boolean isAuthenticationFailure() {
		return this.providerStatus == 401 || this.providerStatus == 403;
	}

	@Override
	public boolean certainlyNotApplied() {
		return true;
	}

}
