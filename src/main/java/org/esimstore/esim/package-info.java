/**
 * Customers' eSIMs: what they bought, how to install it (activation code, QR code, iOS
 * link) and how much data and validity is left.
 */
@NullMarked
package org.esimstore.esim;

import org.jspecify.annotations.NullMarked;
