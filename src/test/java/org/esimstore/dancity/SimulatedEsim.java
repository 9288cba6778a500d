package org.esimstore.dancity;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * An eSIM bought from the simulated Dancity; mutable, so only touched while holding the
 * account's lock.
 */
final class SimulatedEsim {

	/**
	 * How long an allocated profile may wait to be installed, as in Dancity's example.
	 */
	private static final Duration INSTALL_WINDOW = Duration.ofDays(180);

	private static final Set<String> TOP_UP_REFUSED = Set.of("CANCEL", "REVOKED", "REVOKE", "SUSPENDED",
			"UNUSED_EXPIRED", "USED_EXPIRED");

	private final String transactionId;

	private final String tranxId;

	private final SimulatedPackage pkg;

	private final BigDecimal amount;

	private final String iccid;

	private final String imsi;

	private final String activationCode;

	private final String qrCodeUrl;

	private final Instant purchasedAt;

	private Instant readyAt;

	private long totalVolume;

	private long used;

	private int totalDuration;

	private int validityRemaining;

	private @Nullable String status;

	SimulatedEsim(SimulatedTransaction purchase, SimulatorIds ids, Duration provisioningDelay) {
		this.transactionId = purchase.id();
		this.tranxId = purchase.tranxId();
		this.pkg = purchase.pkg();
		this.amount = purchase.amount();
		this.iccid = ids.iccid();
		this.imsi = ids.imsi();
		this.activationCode = ids.activationCode();
		this.qrCodeUrl = ids.qrCodeUrl();
		this.purchasedAt = purchase.createdAt();
		this.readyAt = purchase.createdAt().plus(provisioningDelay);
		this.totalVolume = this.pkg.volumeBytes();
		this.totalDuration = this.pkg.durationDays();
		this.validityRemaining = this.pkg.durationDays();
	}

	String transactionId() {
		return this.transactionId;
	}

	String iccid() {
		return this.iccid;
	}

	String regionCode() {
		return this.pkg.regionCode();
	}

	boolean isProvisioned(Instant now) {
		return !now.isBefore(this.readyAt);
	}

	void provisionBy(Instant now) {
		if (this.readyAt.isAfter(now)) {
			this.readyAt = now;
		}
	}

	String status(Instant now) {
		if (!isProvisioned(now)) {
			return "GETTING_RESOURCE";
		}
		return (this.status != null) ? this.status : "GOT_RESOURCE";
	}

	boolean acceptsTopUp(Instant now) {
		return isProvisioned(now) && !TOP_UP_REFUSED.contains(status(now));
	}

	void status(String status) {
		this.status = status;
	}

	void topUp(SimulatedPackage topUp) {
		this.totalVolume += topUp.volumeBytes();
		this.totalDuration += topUp.durationDays();
		this.validityRemaining += topUp.durationDays();
		if ("USED_UP".equals(this.status)) {
			this.status = "IN_USE";
		}
	}

	void consume(long bytes) {
		this.used = Math.min(this.totalVolume, this.used + bytes);
		this.status = (this.used == this.totalVolume) ? "USED_UP" : "IN_USE";
	}

	EsimSnapshot snapshot(Instant now) {
		boolean provisioned = isProvisioned(now);
		Instant createdAt = provisioned ? this.readyAt : this.purchasedAt;
		Instant expiredAt = provisioned ? this.readyAt.plus(INSTALL_WINDOW).truncatedTo(ChronoUnit.SECONDS) : null;
		return new EsimSnapshot(this.transactionId, this.tranxId, this.pkg, this.amount,
				provisioned ? this.iccid : null, provisioned ? this.imsi : null,
				provisioned ? this.activationCode : null, provisioned ? this.qrCodeUrl : null, status(now),
				this.totalVolume, this.totalDuration, this.validityRemaining, this.totalVolume - this.used,
				this.purchasedAt, createdAt, expiredAt);
	}

}
