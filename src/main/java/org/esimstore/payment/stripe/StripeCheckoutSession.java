package org.esimstore.payment.stripe;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import org.esimstore.money.Money;
import org.esimstore.payment.ProviderJson;

/**
 * A Stripe Checkout Session as the API or a {@code checkout.session.*} webhook describes
 * it.
 *
 * @param sessionId Stripe's id of the session, {@code cs_...}
 * @param url the payment page to send the customer to; {@code null} once the session is
 * no longer open
 * @param status whether the session still takes payment
 * @param paymentStatus whether the money arrived
 * @param amountTotal the total to pay, {@code null} when Stripe did not say
 * @param clientReferenceId our reference of the payment attempt
 * @param paymentIntentId the payment intent, {@code pi_...}; Stripe creates it only when
 * the customer pays, so often {@code null} before
 * @param orderId our order's id from {@code metadata[order_id]}
 */
public record StripeCheckoutSession(String sessionId, @Nullable String url, StripeSessionStatus status,
		StripePaymentStatus paymentStatus, @Nullable Money amountTotal, @Nullable String clientReferenceId,
		@Nullable String paymentIntentId, @Nullable String orderId) {

	/**
	 * Whether the money was taken.
	 * @return true when the payment status is {@code paid}
	 */
	public boolean isPaid() {
		return this.paymentStatus == StripePaymentStatus.PAID;
	}

	static StripeCheckoutSession fromJson(JsonNode session, String where) {
		Long amountTotal = ProviderJson.optionalLong(session, "amount_total", where);
		Money total = (amountTotal != null && ProviderJson.text(session, "currency") != null)
				? ProviderJson.money(amountTotal, ProviderJson.currency(session, "currency", where)) : null;
		return new StripeCheckoutSession(ProviderJson.requiredText(session, "id", where),
				ProviderJson.text(session, "url"), StripeSessionStatus.from(ProviderJson.text(session, "status")),
				StripePaymentStatus.from(ProviderJson.text(session, "payment_status")), total,
				ProviderJson.text(session, "client_reference_id"), StripeJson.idOf(session, "payment_intent"),
				StripeJson.orderId(session));
	}

}
