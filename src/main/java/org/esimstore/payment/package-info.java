/**
 * Payments: the configuration of the payment providers and what their clients share, such
 * as their failures and refund outcomes.
 */
@NullMarked
package org.esimstore.payment;

import org.jspecify.annotations.NullMarked;
