package org.esimstore.dancity;

import java.math.BigDecimal;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * An eSIM of the simulated Dancity as it stands at one instant; the profile fields are
 * empty while it is still being provisioned.
 *
 * @param transactionId Mongo id of the purchase
 * @param tranxId {@code DNTY…} reference of the purchase
 * @param pkg the package bought
 * @param amount NGN charged for it
 * @param iccid the ICCID, once provisioned
 * @param imsi the IMSI, once provisioned
 * @param activationCode the LPA activation code, once provisioned
 * @param qrCodeUrl the QR image, once provisioned
 * @param status the supplier's eSIM status, such as {@code GOT_RESOURCE}
 * @param totalVolume bytes in the plan including top-ups
 * @param totalDuration days in the plan including top-ups
 * @param validityRemaining days left
 * @param dataRemaining bytes left
 * @param purchasedAt when it was bought
 * @param createdAt when the profile was created, or the purchase time before that
 * @param expiredAt the deadline to install the profile, once provisioned
 */
record EsimSnapshot(String transactionId, String tranxId, SimulatedPackage pkg, BigDecimal amount,
		@Nullable String iccid, @Nullable String imsi, @Nullable String activationCode, @Nullable String qrCodeUrl,
		String status, long totalVolume, int totalDuration, int validityRemaining, long dataRemaining,
		Instant purchasedAt, Instant createdAt, @Nullable Instant expiredAt) {
}
