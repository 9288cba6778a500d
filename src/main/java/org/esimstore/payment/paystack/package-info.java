/**
 * Paystack: its transaction and refund API and its signed webhooks; the only code that
 * knows Paystack's wire format.
 */
@NullMarked
package org.esimstore.payment.paystack;

import org.jspecify.annotations.NullMarked;
