package org.esimstore.payment;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;

import org.esimstore.CustomerTokens;
import org.esimstore.JsonAnswer;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * Calls the storefront API as a customer, and the webhook endpoints as a provider, for
 * payment tests.
 */
final class PaymentApi {

	private final RestTestClient client;

	PaymentApi(RestTestClient client) {
		this.client = client;
	}

	static String newCustomer() {
		return "customer-" + UUID.randomUUID();
	}

	/**
	 * Browses the region of the packages the tests buy, as a customer would before
	 * ordering, so that the catalog knows them.
	 */
	void browseCatalog() {
		Answer packages = exchange(this.client.get().uri("/api/v1/catalog/regions/QA/packages"));
		if (packages.status() != 200) {
			throw new IllegalStateException("The catalog answered " + packages.status() + ": " + packages.body());
		}
	}

	/**
	 * Places an order.
	 * @param customerId the customer
	 * @param tokenEmail the {@code email} claim of the customer's token, {@code null} for
	 * none
	 * @param body the request body
	 * @return the answer
	 */
	Answer placeOrder(String customerId, @Nullable String tokenEmail, String body) {
		String authorization = (tokenEmail != null) ? CustomerTokens.bearer(customerId, tokenEmail)
				: CustomerTokens.bearer(customerId);
		return exchange(this.client.post()
			.uri("/api/v1/orders")
			.header("Authorization", authorization)
			.header("Idempotency-Key", UUID.randomUUID().toString())
			.contentType(MediaType.APPLICATION_JSON)
			.body(body));
	}

	Answer order(String customerId, String orderId) {
		return exchange(this.client.get()
			.uri("/api/v1/orders/" + orderId)
			.header("Authorization", CustomerTokens.bearer(customerId)));
	}

	Answer paySandbox(String customerId, String orderId) {
		return exchange(this.client.post()
			.uri("/api/v1/sandbox/orders/" + orderId + "/pay")
			.header("Authorization", CustomerTokens.bearer(customerId)));
	}

	/**
	 * Delivers a webhook as a provider would: the raw bytes and the given headers, no
	 * customer token.
	 * @param provider the provider in the URL
	 * @param body the raw body
	 * @param headers the headers, such as the signature
	 * @return the answer
	 */
	Answer webhook(String provider, byte[] body, Map<String, String> headers) {
		RestTestClient.RequestBodySpec request = this.client.post()
			.uri("/api/v1/payments/" + provider + "/webhook")
			.contentType(MediaType.APPLICATION_JSON);
		headers.forEach(request::header);
		return exchange(request.body(body));
	}

	private static Answer exchange(RestTestClient.RequestHeadersSpec<?> request) {
		JsonAnswer answer = JsonAnswer.exchange(request);
		return new Answer(answer.status(), answer.body());
	}

	/**
	 * An HTTP status and the JSON body that came with it.
	 *
	 * @param status the HTTP status code
	 * @param body the parsed body, a null node when empty or not JSON
	 */
	record Answer(int status, JsonNode body) {

		String text(String field) {
			return this.body.path(field).asString();
		}

		String id() {
			return text("id");
		}

		String code() {
			return text("code");
		}

		String paymentReference() {
			return this.body.path("payment").path("reference").asString();
		}

		String priceAmount() {
			return this.body.path("price").path("amount").asString();
		}

		/**
		 * The price in minor units, as providers send amounts.
		 * @return kobo or cents
		 */
		long priceMinorUnits() {
			return new BigDecimal(priceAmount()).movePointRight(2).longValueExact();
		}

	}

}
