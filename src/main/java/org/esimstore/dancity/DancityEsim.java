package org.esimstore.dancity;

import java.math.BigDecimal;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One row of Dancity's {@code my-esims} list.
 *
 * @param transactionId Dancity's transaction id of the purchase
 * @param tranxId Dancity's {@code DNTY…} reference
 * @param packageCode code of the package bought
 * @param packageName name of the package bought
 * @param volumeBytes data in the package, in bytes
 * @param durationDays validity of the package in days
 * @param regionCode region of the package
 * @param amount what Dancity charged
 * @param currency currency of the amount
 * @param iccid the ICCID
 * @param activationCode the LPA activation code; a customer secret
 * @param qrCodeUrl Dancity's QR image URL
 * @param status our status mapped from Dancity's
 * @param dataRemainingBytes data left, in bytes
 * @param purchasedAt when it was bought
 */
public record DancityEsim(@Nullable String transactionId, @Nullable String tranxId, @Nullable String packageCode,
		@Nullable String packageName, @Nullable Long volumeBytes, @Nullable Integer durationDays,
		@Nullable String regionCode, @Nullable BigDecimal amount, @Nullable String currency, @Nullable String iccid,
		@Nullable String activationCode, @Nullable String qrCodeUrl, EsimStatus status,
		@Nullable Long dataRemainingBytes, @Nullable Instant purchasedAt) {

	@Override
	public String toString() {
		return "DancityEsim[transactionId=" + this.transactionId + ", tranxId=" + this.tranxId + ", packageCode="
				+ this.packageCode + ", iccid=" + Masking.iccid(this.iccid) + ", activationCode="
				+ Masking.secret(this.activationCode) + ", status=" + this.status + "]";
	}

}
