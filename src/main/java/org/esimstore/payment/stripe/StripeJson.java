package org.esimstore.payment.stripe;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import org.esimstore.payment.ProviderJson;

/**
 * Reading conventions particular to Stripe's objects.
 */
final class StripeJson {

	/** The metadata key under which our order id travels. */
	static final String ORDER_ID = "order_id";

	private StripeJson() {
	}

	/**
	 * The id of a related object, which Stripe sends as its id or, when expanded, as the
	 * object itself.
	 * @param node the object holding the field
	 * @param field the field's name
	 * @return the id, {@code null} when absent
	 */
	static @Nullable String idOf(JsonNode node, String field) {
		JsonNode value = node.path(field);
		return value.isObject() ? ProviderJson.text(value, "id") : ProviderJson.text(node, field);
	}

	/**
	 * Our order id from an object's metadata.
	 * @param node the Stripe object
	 * @return the order id, {@code null} when the metadata has none
	 */
	static @Nullable String orderId(JsonNode node) {
		return ProviderJson.text(node.path("metadata"), ORDER_ID);
	}

}
