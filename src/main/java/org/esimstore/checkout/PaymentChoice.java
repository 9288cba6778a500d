package org.esimstore.checkout;

import org.jspecify.annotations.Nullable;

/**
 * How a new order is to be paid, checked before the order is stored.
 *
 * @param gateway the provider, {@code null} when orders are paid outside the storefront
 * @param email the customer's email address for the provider, when known
 */
record PaymentChoice(@Nullable PaymentGateway gateway, @Nullable String email) {
}
