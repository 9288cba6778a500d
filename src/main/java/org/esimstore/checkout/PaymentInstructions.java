package org.esimstore.checkout;

import org.jspecify.annotations.Nullable;

/**
 * How the customer pays an order, as started by the payment provider.
 *
 * @param provider the payment provider, such as {@code sandbox} or {@code paystack}
 * @param reference the provider's reference for this payment, unique across orders
 * @param checkoutUrl where to send the customer to pay, when the provider has a page
 * @param clientSecret what the storefront's payment widget needs, when the provider uses
 * one; shown only while the order awaits payment
 */
public record PaymentInstructions(String provider, String reference, @Nullable String checkoutUrl,
		@Nullable String clientSecret) {
}
