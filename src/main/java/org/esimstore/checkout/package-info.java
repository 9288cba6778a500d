/**
 * Checkout: orders of new eSIMs and top-ups at a price fixed when ordered, their payment,
 * and a purchase made exactly once at Dancity followed by provisioning.
 */
@NullMarked
package org.esimstore.checkout;

import org.jspecify.annotations.NullMarked;
