package org.esimstore.payment;

import org.springframework.http.HttpHeaders;

/**
 * One payment provider's webhooks: checking and reading them as they arrive, and
 * verifying the payments they report before an order counts as paid.
 */
public interface WebhookHandler {

	/**
	 * The provider, also the {@code {provider}} of its webhook URL.
	 * @return the provider
	 */
	PaymentProviderType provider();

	/**
	 * Checks the webhook's signature over the raw body, then reads it. Must not call the
	 * provider: webhooks are answered quickly.
	 * @param rawBody the request body exactly as received
	 * @param headers the request headers
	 * @return the event
	 * @throws InvalidWebhookSignatureException when the signature is missing or wrong
	 * @throws MalformedProviderPayloadException when the signed body is not an event
	 */
	ReceivedWebhook receive(byte[] rawBody, HttpHeaders headers);

	/**
	 * Verifies a reported payment, on the provider's API where it has to be.
	 * @param payment the payment a stored webhook reported
	 * @return what the provider says
	 */
	PaymentVerification verify(ReportedPayment payment);

}
