package org.esimstore.payment.stripe;

import java.util.Currency;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import org.esimstore.money.Money;
import org.esimstore.payment.ProviderJson;

/**
 * A Stripe payment intent as a {@code payment_intent.*} webhook describes it.
 *
 * @param paymentIntentId Stripe's id, {@code pi_...}
 * @param status Stripe's status, such as {@code succeeded} or
 * {@code requires_payment_method}
 * @param amount the amount to be paid
 * @param amountReceived the amount taken so far, {@code null} when Stripe did not say
 * @param orderId our order's id from {@code metadata[order_id]}
 */
public record StripePaymentIntent(String paymentIntentId, String status, Money amount, @Nullable Money amountReceived,
		@Nullable String orderId) {

	public boolean isSucceeded() {
		return "succeeded".equals(this.status);
	}

	static StripePaymentIntent fromJson(JsonNode intent, String where) {
		Currency currency = ProviderJson.currency(intent, "currency", where);
		Long received = ProviderJson.optionalLong(intent, "amount_received", where);
		return new StripePaymentIntent(ProviderJson.requiredText(intent, "id", where),
				ProviderJson.requiredText(intent, "status", where),
				ProviderJson.money(ProviderJson.requiredLong(intent, "amount", where), currency),
				(received != null) ? ProviderJson.money(received, currency) : null, StripeJson.orderId(intent));
	}

}
