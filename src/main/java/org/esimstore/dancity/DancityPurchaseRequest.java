package org.esimstore.dancity;

import org.jspecify.annotations.Nullable;

/**
 * A purchase to send to Dancity.
 *
 * @param packageCode package to buy
 * @param customerRef our unique reference for this purchase, used to look it up when the
 * outcome is unclear
 * @param iccid the eSIM to top up, for top-up packages only
 */
public record DancityPurchaseRequest(String packageCode, String customerRef, @Nullable String iccid) {
}
