package org.esimstore.payment;

import java.util.Map;

import org.esimstore.system.ApiException;

import org.springframework.http.HttpStatus;

/**
 * A webhook's signature is missing or does not prove that the provider sent this body.
 */
public class InvalidWebhookSignatureException extends ApiException {

	private final PaymentProviderType provider;

	private final String reason;

	public InvalidWebhookSignatureException(PaymentProviderType provider, String reason) {
		super(HttpStatus.BAD_REQUEST, "INVALID_WEBHOOK_SIGNATURE",
				"The " + provider.displayName() + " webhook signature is not valid: " + reason);
		this.provider = provider;
		this.reason = reason;
	}

	public PaymentProviderType provider() {
		return this.provider;
	}

	/**
	 * Why the signature was refused, such as {@code timestamp outside tolerance}.
	 * @return the reason
	 */
	public String reason() {
		return this.reason;
	}

	@Override
	public Map<String, Object> properties() {
		return Map.of("provider", this.provider.id());
	}

}
