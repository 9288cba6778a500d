package org.esimstore.payment;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

/**
 * Stripe's API as WireMock stubs, answering with the shapes Stripe documents, and the
 * event bodies Stripe sends to webhooks.
 */
final class StripeStubs {

	private final WireMockServer server;

	StripeStubs(WireMockServer server) {
		this.server = server;
	}

	/**
	 * Answers every Checkout Session creation with a new open session.
	 */
	void checkoutSessionsAnswer() {
		this.server.stubFor(post(urlPathEqualTo("/v1/checkout/sessions")).willReturn(okJson("""
				{
				  "id": "cs_test_{{randomValue length=24 type='ALPHANUMERIC'}}",
				  "object": "checkout.session",
				  "livemode": false,
				  "mode": "payment",
				  "payment_intent": null,
				  "payment_status": "unpaid",
				  "status": "open",
				  "url": "https://checkout.stripe.com/c/pay/cs_test_{{randomValue length=24 type='ALPHANUMERIC'}}"
				}
				""").withTransformers("response-template")));
	}

	void refundAnswers(String paymentIntentId, String refundId, long amount, String currency) {
		this.server
			.stubFor(post(urlPathEqualTo("/v1/refunds")).withFormParam("payment_intent", equalTo(paymentIntentId))
				.willReturn(okJson(refund(paymentIntentId, refundId, amount, currency))));
	}

	/**
	 * Makes the first refund of a payment intent fail with a 500, then answer.
	 * @param paymentIntentId the payment intent
	 * @param refundId the refund's id
	 * @param amount the amount in minor units
	 * @param currency the currency, lower case as Stripe writes it
	 */
	void refundFailsOnceThenAnswers(String paymentIntentId, String refundId, long amount, String currency) {
		String scenario = "refund-" + paymentIntentId;
		this.server
			.stubFor(post(urlPathEqualTo("/v1/refunds")).withFormParam("payment_intent", equalTo(paymentIntentId))
				.inScenario(scenario)
				.whenScenarioStateIs(Scenario.STARTED)
				.willSetStateTo("failed")
				.willReturn(aResponse().withStatus(500).withBody("""
						{"error": {"type": "api_error", "message": "An unknown error occurred"}}
						""")));
		this.server
			.stubFor(post(urlPathEqualTo("/v1/refunds")).withFormParam("payment_intent", equalTo(paymentIntentId))
				.inScenario(scenario)
				.whenScenarioStateIs("failed")
				.willReturn(okJson(refund(paymentIntentId, refundId, amount, currency))));
	}

	/**
	 * A {@code checkout.session.*} event as Stripe sends it.
	 * @param eventId the event's id
	 * @param type the event's type
	 * @param sessionId the Checkout Session
	 * @param orderId our order's id, in the metadata and as client reference
	 * @param paymentIntentId the payment intent
	 * @param amount the total in minor units
	 * @param currency the currency, lower case as Stripe writes it
	 * @param paymentStatus {@code paid} or {@code unpaid}
	 * @return the body
	 */
	static String sessionEvent(String eventId, String type, String sessionId, String orderId, String paymentIntentId,
			long amount, String currency, String paymentStatus) {
		return """
				{
				  "id": "%s",
				  "object": "event",
				  "api_version": "2025-03-31.basil",
				  "created": 1779618600,
				  "data": {
				    "object": {
				      "id": "%s",
				      "object": "checkout.session",
				      "amount_subtotal": %d,
				      "amount_total": %d,
				      "client_reference_id": "%s",
				      "currency": "%s",
				      "customer_details": { "email": "ada@example.com", "name": "Ada Obi" },
				      "customer_email": "ada@example.com",
				      "expires_at": 1779620460,
				      "livemode": false,
				      "metadata": { "order_id": "%s" },
				      "mode": "payment",
				      "payment_intent": "%s",
				      "payment_status": "%s",
				      "status": "complete",
				      "url": null
				    }
				  },
				  "livemode": false,
				  "pending_webhooks": 1,
				  "request": { "id": null, "idempotency_key": null },
				  "type": "%s"
				}
				""".formatted(eventId, sessionId, amount, amount, orderId, currency, orderId, paymentIntentId,
				paymentStatus, type);
	}

	private static String refund(String paymentIntentId, String refundId, long amount, String currency) {
		return """
				{
				  "id": "%s",
				  "object": "refund",
				  "amount": %d,
				  "balance_transaction": "txn_1Nispe2eZvKYlo2Cd3mHjhk5",
				  "charge": "ch_1NirD82eZvKYlo2CIvbtLWuY",
				  "created": 1779619200,
				  "currency": "%s",
				  "metadata": {},
				  "payment_intent": "%s",
				  "reason": null,
				  "receipt_number": null,
				  "source_transfer_reversal": null,
				  "status": "succeeded",
				  "transfer_reversal": null
				}
				""".formatted(refundId, amount, currency, paymentIntentId);
	}

}
