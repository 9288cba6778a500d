package org.esimstore.dancity;

import java.math.BigDecimal;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One wallet transaction of the simulated Dancity: an eSIM purchase or top-up.
 *
 * @param id the Mongo {@code _id}
 * @param tranxId the {@code DNTY…} reference
 * @param customerRef the merchant's reference, when sent
 * @param pkg the package bought, at the price it was bought for
 * @param amount NGN charged (also recorded for failed purchases, which debit nothing)
 * @param balanceBefore wallet balance before
 * @param balanceAfter wallet balance after
 * @param status {@code SUCCESS} or {@code FAILED}
 * @param apiResponse the supplier's message
 * @param createdAt when it was recorded
 * @param esimId id of the eSIM it bought or topped up, none for failed purchases
 * @param iccid the eSIM topped up, for top-ups
 */
record SimulatedTransaction(String id, String tranxId, @Nullable String customerRef, SimulatedPackage pkg,
		BigDecimal amount, BigDecimal balanceBefore, BigDecimal balanceAfter, String status, String apiResponse,
		Instant createdAt, @Nullable String esimId, @Nullable String iccid) {

	boolean matches(String reference) {
		return this.id.equals(reference) || this.tranxId.equals(reference) || reference.equals(this.customerRef);
	}

}
