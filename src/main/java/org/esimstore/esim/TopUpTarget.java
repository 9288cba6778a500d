package org.esimstore.esim;

import java.util.UUID;

import org.esimstore.dancity.EsimStatus;
import org.esimstore.dancity.Masking;
import org.jspecify.annotations.Nullable;

/**
 * An eSIM that belongs to the customer and accepts top-ups, with what Dancity needs to
 * top it up.
 *
 * @param esimId our id of the eSIM
 * @param iccid the ICCID to send with the top-up purchase
 * @param status its current status, one that allows top-ups
 * @param packageCode the package it was bought with
 * @param regionCode the package's region, when known
 */
public record TopUpTarget(UUID esimId, String iccid, EsimStatus status, String packageCode,
		@Nullable String regionCode) {

	@Override
	public String toString() {
		return "TopUpTarget[esimId=" + this.esimId + ", iccid=" + Masking.iccid(this.iccid) + ", status=" + this.status
				+ ", packageCode=" + this.packageCode + "]";
	}

}
