package org.esimstore.esim;

import java.time.Instant;
import java.util.UUID;

import org.esimstore.dancity.EsimStatus;
import org.esimstore.dancity.Masking;
import org.jspecify.annotations.Nullable;

/**
 * A customer's eSIM with its usage as of {@code refreshedAt} and, once Dancity has
 * allocated it, its install details.
 *
 * @param id our id of the eSIM
 * @param customerId the owner (the token's subject)
 * @param orderId the order whose purchase produced it, when it came from one
 * @param iccid the ICCID, once allocated
 * @param status our status
 * @param packageCode the package bought
 * @param packageName the package's display name, when known
 * @param regionCode the package's region, when known
 * @param dataTotalBytes data in the plan including top-ups, when known
 * @param dataRemainingBytes data left, when known
 * @param validityRemainingDays days of validity left, when known
 * @param refreshedAt when status and usage were last read from Dancity
 * @param createdAt when it was registered
 * @param install how to install it, once allocated
 */
public record CustomerEsim(UUID id, String customerId, @Nullable UUID orderId, @Nullable String iccid,
		EsimStatus status, String packageCode, @Nullable String packageName, @Nullable String regionCode,
		@Nullable Long dataTotalBytes, @Nullable Long dataRemainingBytes, @Nullable Integer validityRemainingDays,
		Instant refreshedAt, Instant createdAt, @Nullable InstallDetails install) {

	@Override
	public String toString() {
		return "CustomerEsim[id=" + this.id + ", customerId=" + this.customerId + ", orderId=" + this.orderId
				+ ", iccid=" + Masking.iccid(this.iccid) + ", status=" + this.status + ", packageCode="
				+ this.packageCode + ", install=" + this.install + "]";
	}

}
