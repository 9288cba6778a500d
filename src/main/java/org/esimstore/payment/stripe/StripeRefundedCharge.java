package org.esimstore.payment.stripe;

import java.util.Currency;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import org.esimstore.money.Money;
import org.esimstore.payment.ProviderJson;

/**
 * A Stripe charge that was refunded in part or in full, as a {@code charge.refunded}
 * webhook describes it.
 *
 * @param chargeId Stripe's id of the charge, {@code ch_...} or {@code py_...}
 * @param paymentIntentId the payment intent the charge belongs to, which links it to our
 * order
 * @param amount the amount charged
 * @param amountRefunded the amount refunded so far
 * @param fullyRefunded whether all of the charge was refunded
 * @param orderId our order's id from the charge's {@code metadata[order_id]}, when
 * present
 */
public record StripeRefundedCharge(String chargeId, @Nullable String paymentIntentId, Money amount,
		Money amountRefunded, boolean fullyRefunded, @Nullable String orderId) {

	static StripeRefundedCharge fromJson(JsonNode charge, String where) {
		Currency currency = ProviderJson.currency(charge, "currency", where);
		return new StripeRefundedCharge(ProviderJson.requiredText(charge, "id", where),
				StripeJson.idOf(charge, "payment_intent"),
				ProviderJson.money(ProviderJson.requiredLong(charge, "amount", where), currency),
				ProviderJson.money(ProviderJson.requiredLong(charge, "amount_refunded", where), currency),
				charge.path("refunded").asBoolean(false), StripeJson.orderId(charge));
	}

}
