package org.esimstore.payment;

import org.jspecify.annotations.Nullable;

import org.esimstore.money.Money;

/**
 * A refund as a payment provider recorded it.
 *
 * @param provider the provider that holds the refund
 * @param refundId the provider's id of the refund
 * @param status where the refund stands
 * @param providerStatus the provider's own word for that status, such as
 * {@code processed}
 * @param amount the amount refunded, {@code null} when the provider did not say
 */
public record ProviderRefund(PaymentProviderType provider, String refundId, RefundStatus status, String providerStatus,
		@Nullable Money amount) {
}
