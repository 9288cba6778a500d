/**
 * Sandbox payments for local runs: the customer confirms their own order's payment and no
 * money moves. Active only when {@code storefront.payment.provider=sandbox}.
 */
@NullMarked
package org.esimstore.payment.sandbox;

import org.jspecify.annotations.NullMarked;
