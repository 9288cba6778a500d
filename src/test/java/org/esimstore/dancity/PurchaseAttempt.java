package org.esimstore.dancity;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A purchase request as the simulated Dancity received it, whatever it then answered.
 *
 * @param packageCode the package asked for, when the body had one
 * @param customerRef the merchant's reference, when the body had one
 * @param iccid the eSIM to top up, when the body had one
 * @param receivedAt when it arrived
 */
public record PurchaseAttempt(@Nullable String packageCode, @Nullable String customerRef, @Nullable String iccid,
		Instant receivedAt) {
}
