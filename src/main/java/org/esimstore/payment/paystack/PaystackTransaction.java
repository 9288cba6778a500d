package org.esimstore.payment.paystack;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import org.esimstore.money.Money;
import org.esimstore.payment.ProviderJson;

/**
 * A Paystack transaction as its verification or a {@code charge.success} webhook
 * describes it.
 *
 * @param transactionId Paystack's numeric id of the transaction, as text
 * @param reference our reference, given when the transaction was initialized
 * @param status where the transaction stands
 * @param amount the amount charged, converted from minor units (kobo for NGN)
 * @param paidAt when it was paid, {@code null} when it was not
 * @param gatewayResponse Paystack's explanation of the outcome, such as {@code Approved}
 * @param customerEmail the paying customer's email address, when given
 */
public record PaystackTransaction(String transactionId, String reference, PaystackTransactionStatus status,
		Money amount, @Nullable Instant paidAt, @Nullable String gatewayResponse, @Nullable String customerEmail) {

	/**
	 * Whether Paystack says the money was taken; the amount and currency still have to be
	 * compared with what was asked.
	 * @return true when the status is {@code success}
	 */
	public boolean isSuccessful() {
		return this.status == PaystackTransactionStatus.SUCCESS;
	}

	static PaystackTransaction fromJson(JsonNode data, String where) {
		return new PaystackTransaction(ProviderJson.requiredText(data, "id", where),
				ProviderJson.requiredText(data, "reference", where),
				PaystackTransactionStatus.from(ProviderJson.text(data, "status")),
				ProviderJson.money(ProviderJson.requiredLong(data, "amount", where),
						ProviderJson.currency(data, "currency", where)),
				paidAt(data), ProviderJson.text(data, "gateway_response"),
				ProviderJson.text(data.path("customer"), "email"));
	}

	private static @Nullable Instant paidAt(JsonNode data) {
		Instant paidAt = ProviderJson.instant(data, "paid_at");
		return (paidAt != null) ? paidAt : ProviderJson.instant(data, "paidAt");
	}

}
