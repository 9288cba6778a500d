/**
 * Stripe: Checkout Sessions, refunds and signed webhooks; the only code that knows
 * Stripe's wire format.
 */
@NullMarked
package org.esimstore.payment.stripe;

import org.jspecify.annotations.NullMarked;
