package org.esimstore.payment;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

/**
 * Paystack's API as WireMock stubs, answering with the shapes Paystack documents, and the
 * webhook bodies Paystack sends.
 */
final class PaystackStubs {

	private final WireMockServer server;

	PaystackStubs(WireMockServer server) {
		this.server = server;
	}

	/**
	 * Answers every transaction initialization with a payment page for the reference
	 * asked for.
	 */
	void initializeAnswers() {
		this.server.stubFor(post(urlPathEqualTo("/transaction/initialize")).willReturn(okJson("""
				{
				  "status": true,
				  "message": "Authorization URL created",
				  "data": {
				    "authorization_url": "https://checkout.paystack.com/{{randomValue length=15 type='ALPHANUMERIC'}}",
				    "access_code": "{{randomValue length=15 type='ALPHANUMERIC'}}",
				    "reference": "{{jsonPath request.body '$.reference'}}"
				  }
				}
				""").withTransformers("response-template")));
	}

	void verifyAnswers(String reference, long transactionId, long amount, String currency, String status) {
		this.server.stubFor(get(urlPathEqualTo("/transaction/verify/" + reference))
			.willReturn(okJson(verified(transactionId, reference, amount, currency, status))));
	}

	/**
	 * Makes verification fail with a 5xx a number of times, then answer.
	 * @param reference the transaction's reference
	 * @param failures how many verifications fail first
	 * @param transactionId Paystack's id of the transaction
	 * @param amount the amount in kobo
	 */
	void verifyFailsThenAnswers(String reference, int failures, long transactionId, long amount) {
		String scenario = "verify-" + reference;
		for (int i = 0; i < failures; i++) {
			this.server.stubFor(get(urlPathEqualTo("/transaction/verify/" + reference)).inScenario(scenario)
				.whenScenarioStateIs((i == 0) ? Scenario.STARTED : "failed-" + i)
				.willSetStateTo("failed-" + (i + 1))
				.willReturn(aResponse().withStatus(502).withBody("<html>Bad Gateway</html>")));
		}
		this.server.stubFor(get(urlPathEqualTo("/transaction/verify/" + reference)).inScenario(scenario)
			.whenScenarioStateIs("failed-" + failures)
			.willReturn(okJson(verified(transactionId, reference, amount, "NGN", "success"))));
	}

	void refundAnswers(long transactionId, long refundId, long amount) {
		this.server.stubFor(post(urlPathEqualTo("/refund"))
			.withRequestBody(matchingJsonPath("$.transaction", equalTo(String.valueOf(transactionId))))
			.willReturn(okJson(refund(transactionId, refundId, amount, "pending"))));
	}

	/**
	 * Makes the first refund of a transaction answer 500 (Paystack took it anyway), and
	 * lists that refund from then on.
	 * @param transactionId Paystack's id of the transaction
	 * @param refundId the refund's id
	 * @param amount the amount in kobo
	 */
	void refundTimesOutButIsMade(long transactionId, long refundId, long amount) {
		this.server.stubFor(post(urlPathEqualTo("/refund"))
			.withRequestBody(matchingJsonPath("$.transaction", equalTo(String.valueOf(transactionId))))
			.willReturn(aResponse().withStatus(500).withBody("{\"status\": false, \"message\": \"Server error\"}")));
		this.server.stubFor(
				get(urlPathEqualTo("/refund")).withQueryParam("transaction", equalTo(String.valueOf(transactionId)))
					.willReturn(okJson("""
							{
							  "status": true,
							  "message": "Refunds retrieved",
							  "data": [
							    {
							      "integration": 428626,
							      "transaction": %d,
							      "dispute": null,
							      "settlement": null,
							      "id": %d,
							      "domain": "test",
							      "currency": "NGN",
							      "amount": %d,
							      "status": "processed",
							      "refunded_at": null,
							      "refunded_by": "merchant@example.com",
							      "customer_note": "Refund for transaction",
							      "merchant_note": "Refund for transaction",
							      "deducted_amount": %d,
							      "fully_deducted": 1,
							      "createdAt": "2026-05-24T10:40:12.000Z"
							    }
							  ],
							  "meta": { "total": 1, "skipped": 0, "perPage": 50, "page": 1, "pageCount": 1 }
							}
							""".formatted(transactionId, refundId, amount, amount))));
	}

	/**
	 * A {@code charge.success} webhook body as Paystack sends it.
	 * @param transactionId Paystack's id of the transaction
	 * @param reference our reference
	 * @param amount the amount in minor units
	 * @param currency the currency
	 * @return the body
	 */
	static String chargeSuccess(long transactionId, String reference, long amount, String currency) {
		return """
				{
				  "event": "charge.success",
				  "data": %s
				}
				""".formatted(transaction(transactionId, reference, amount, currency, "success"));
	}

	private static String verified(long transactionId, String reference, long amount, String currency, String status) {
		return """
				{
				  "status": true,
				  "message": "Verification successful",
				  "data": %s
				}
				""".formatted(transaction(transactionId, reference, amount, currency, status));
	}

	private static String transaction(long transactionId, String reference, long amount, String currency,
			String status) {
		return """
				{
				    "id": %d,
				    "domain": "test",
				    "status": "%s",
				    "reference": "%s",
				    "amount": %d,
				    "message": null,
				    "gateway_response": "Successful",
				    "paid_at": "2026-05-24T10:23:11.000Z",
				    "created_at": "2026-05-24T10:22:45.000Z",
				    "channel": "card",
				    "currency": "%s",
				    "ip_address": "197.210.45.12",
				    "metadata": { "order_id": "7f3a9c" },
				    "fees": 7500,
				    "authorization": {
				      "authorization_code": "AUTH_pmx3mgawyd",
				      "bin": "408408",
				      "last4": "4081",
				      "exp_month": "12",
				      "exp_year": "2030",
				      "channel": "card",
				      "card_type": "visa ",
				      "bank": "TEST BANK",
				      "country_code": "NG",
				      "brand": "visa",
				      "reusable": true
				    },
				    "customer": {
				      "id": 84312,
				      "first_name": null,
				      "last_name": null,
				      "email": "ada@example.com",
				      "customer_code": "CUS_hdhye17yj8qd2tx",
				      "phone": null,
				      "metadata": null,
				      "risk_action": "default"
				    }
				  }""".formatted(transactionId, status, reference, amount, currency);
	}

	private static String refund(long transactionId, long refundId, long amount, String status) {
		return """
				{
				  "status": true,
				  "message": "Refund has been queued for processing",
				  "data": {
				    "transaction": { "id": %d, "domain": "test", "amount": %d, "currency": "NGN", "channel": "card" },
				    "integration": 428626,
				    "deducted_amount": 0,
				    "channel": null,
				    "merchant_note": "Refund for transaction",
				    "customer_note": "Refund for transaction",
				    "status": "%s",
				    "refunded_by": "merchant@example.com",
				    "expected_at": "2026-06-03T10:40:12.000Z",
				    "currency": "NGN",
				    "domain": "test",
				    "amount": %d,
				    "fully_deducted": false,
				    "id": %d,
				    "createdAt": "2026-05-24T10:40:12.000Z",
				    "updatedAt": "2026-05-24T10:40:12.000Z"
				  }
				}
				""".formatted(transactionId, amount, status, amount, refundId);
	}

}
