package org.esimstore.esim;

import java.time.Instant;
import java.util.UUID;

import org.esimstore.dancity.EsimStatus;
import org.jspecify.annotations.Nullable;

/**
 * An eSIM as the storefront shows it; data and validity left are as of
 * {@code refreshedAt}.
 *
 * @param id our id of the eSIM
 * @param orderId the order that bought it, when it came from one
 * @param iccid the ICCID, once allocated
 * @param status our status
 * @param dataRemainingBytes data left in bytes, when known
 * @param dataTotalBytes data in the plan including top-ups in bytes, when known
 * @param validityRemainingDays days of validity left, when known
 * @param refreshedAt when status and usage were last read from Dancity
 * @param packageCode the package bought
 * @param packageName the package's display name, when known
 * @param regionCode the package's region, when known
 * @param createdAt when it was registered
 * @param install how to install it; {@code null} until Dancity has allocated it
 */
record EsimResponse(UUID id, @Nullable UUID orderId, @Nullable String iccid, EsimStatus status,
		@Nullable Long dataRemainingBytes, @Nullable Long dataTotalBytes, @Nullable Integer validityRemainingDays,
		Instant refreshedAt, String packageCode, @Nullable String packageName, @Nullable String regionCode,
		Instant createdAt, @Nullable InstallBundle install) {

	static EsimResponse of(CustomerEsim esim, String qrCodeUrl) {
		InstallDetails install = esim.install();
		return new EsimResponse(esim.id(), esim.orderId(), esim.iccid(), esim.status(), esim.dataRemainingBytes(),
				esim.dataTotalBytes(), esim.validityRemainingDays(), esim.refreshedAt(), esim.packageCode(),
				esim.packageName(), esim.regionCode(), esim.createdAt(),
				(install != null) ? InstallBundle.of(install, qrCodeUrl) : null);
	}

	@Override
	public String toString() {
		return "EsimResponse[id=" + this.id + ", status=" + this.status + ", install=" + this.install + "]";
	}

}
