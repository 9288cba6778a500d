package org.esimstore.dancity;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One eSIM as Dancity's details endpoint shows it; the profile fields stay empty until it
 * is allocated.
 *
 * @param iccid the ICCID, once allocated
 * @param activationCode the LPA activation code, once allocated; a customer secret
 * @param qrCodeUrl Dancity's QR image URL, once allocated
 * @param status our status mapped from Dancity's
 * @param rawStatus the status string exactly as Dancity sent it
 * @param totalVolumeBytes data in the plan including top-ups, in bytes, when given
 * @param dataRemainingBytes data left, in bytes, when given
 * @param totalDurationDays validity of the plan in days, when given
 * @param validityRemainingDays days of validity left, when given
 * @param packageCode code of the package, when given
 * @param packageName name of the package, when given
 * @param smdpAddress SM-DP+ address when Dancity gives it separately
 * @param createdAt when the profile was created, when given
 * @param expiresAt Dancity's {@code expiredAt}, when given
 */
public record DancityEsimDetails(@Nullable String iccid, @Nullable String activationCode, @Nullable String qrCodeUrl,
		EsimStatus status, @Nullable String rawStatus, @Nullable Long totalVolumeBytes,
		@Nullable Long dataRemainingBytes, @Nullable Integer totalDurationDays, @Nullable Integer validityRemainingDays,
		@Nullable String packageCode, @Nullable String packageName, @Nullable String smdpAddress,
		@Nullable Instant createdAt, @Nullable Instant expiresAt) {

	/**
	 * Whether the profile is allocated: an ICCID and an activation code are present.
	 * @return true once the eSIM can be installed
	 */
	public boolean isAllocated() {
		return this.iccid != null && !this.iccid.isBlank() && this.activationCode != null
				&& !this.activationCode.isBlank();
	}

	@Override
	public String toString() {
		return "DancityEsimDetails[iccid=" + Masking.iccid(this.iccid) + ", activationCode="
				+ Masking.secret(this.activationCode) + ", status=" + this.status + ", rawStatus=" + this.rawStatus
				+ ", dataRemainingBytes=" + this.dataRemainingBytes + ", validityRemainingDays="
				+ this.validityRemainingDays + ", packageCode=" + this.packageCode + "]";
	}

}
