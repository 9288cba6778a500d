package org.esimstore.checkout;

import java.util.UUID;

import org.esimstore.CustomerTokens;
import org.esimstore.JsonAnswer;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * Calls the storefront API as a customer and reads the JSON answers, for checkout tests.
 */
final class CheckoutApi {

	private final RestTestClient client;

	CheckoutApi(RestTestClient client) {
		this.client = client;
	}

	static String newCustomer() {
		return "customer-" + UUID.randomUUID();
	}

	static String newKey() {
		return UUID.randomUUID().toString();
	}

	/**
	 * Browses the region of the packages the tests buy, as a customer would before
	 * ordering, so that the catalog knows them.
	 */
	void browseCatalog() {
		Answer packages = get("/api/v1/catalog/regions/QA/packages", null);
		if (packages.status() != 200) {
			throw new IllegalStateException("The catalog answered " + packages.status() + ": " + packages.body());
		}
	}

	Answer placeOrder(String customerId, @Nullable String idempotencyKey, String body) {
		return send(HttpMethod.POST, "/api/v1/orders", customerId, idempotencyKey, body);
	}

	Answer orderEsim(String customerId, String packageCode) {
		return placeOrder(customerId, newKey(), "{\"packageCode\": \"" + packageCode + "\"}");
	}

	Answer order(String customerId, Object orderId) {
		return get("/api/v1/orders/" + orderId, customerId);
	}

	Answer pay(String customerId, Object orderId) {
		return send(HttpMethod.POST, "/api/v1/sandbox/orders/" + orderId + "/pay", customerId, null, null);
	}

	Answer get(String path, @Nullable String customerId) {
		return send(HttpMethod.GET, path, customerId, null, null);
	}

	Answer send(HttpMethod method, String path, @Nullable String customerId, @Nullable String idempotencyKey,
			@Nullable String body) {
		RestTestClient.RequestBodySpec request = this.client.method(method).uri(path);
		if (customerId != null) {
			request.header("Authorization", CustomerTokens.bearer(customerId));
		}
		if (idempotencyKey != null) {
			request.header("Idempotency-Key", idempotencyKey);
		}
		if (body != null) {
			request.contentType(MediaType.APPLICATION_JSON).body(body);
		}
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

	}

}
