package org.esimstore.esim;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.esimstore.dancity.DancityEsimDetails;
import org.esimstore.dancity.EsimStatus;
import org.esimstore.dancity.Masking;
import org.jspecify.annotations.Nullable;

/**
 * A customer's eSIM as stored: the purchase it came from, its profile with the activation
 * code encrypted, and its last known status and usage.
 */
@Entity
@Table(name = "esim")
class StoredEsim {

	@Id
	private UUID id;

	private String customerId;

	private @Nullable UUID orderId;

	private @Nullable String iccid;

	private @Nullable String dancityTransactionId;

	private @Nullable String dancityTranxId;

	private String packageCode;

	private @Nullable String packageName;

	private @Nullable String regionCode;

	@Enumerated(EnumType.STRING)
	private EsimStatus status;

	private @Nullable String dancityStatus;

	@Column(name = "activation_code_encrypted")
	private @Nullable String encryptedActivationCode;

	private @Nullable String smdpAddress;

	private @Nullable Long dataTotalBytes;

	private @Nullable Long dataRemainingBytes;

	private @Nullable Integer validityRemainingDays;

	private Instant refreshedAt;

	private Instant refreshAttemptedAt;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	protected StoredEsim() {
	}

	private StoredEsim(EsimRegistration registration, Instant now) {
		DancityEsimDetails details = registration.details();
		this.id = UUID.randomUUID();
		this.customerId = registration.customerId();
		this.orderId = registration.orderId();
		this.dancityTransactionId = registration.dancityTransactionId();
		this.dancityTranxId = registration.dancityTranxId();
		this.packageCode = registration.packageCode();
		this.packageName = (registration.packageName() != null) ? registration.packageName() : details.packageName();
		this.regionCode = registration.regionCode();
		this.status = (details.rawStatus() != null) ? details.status()
				: (details.isAllocated() ? EsimStatus.READY : EsimStatus.PROVISIONING);
		this.dancityStatus = details.rawStatus();
		this.dataTotalBytes = details.totalVolumeBytes();
		this.dataRemainingBytes = details.dataRemainingBytes();
		this.validityRemainingDays = details.validityRemainingDays();
		this.refreshedAt = now;
		this.refreshAttemptedAt = now;
		this.createdAt = now;
		this.updatedAt = now;
	}

	/**
	 * A new eSIM from a registration, without its profile (see
	 * {@link #completeProfile(String, String, String, Instant)}).
	 * @param registration the purchase and Dancity's details
	 * @param now the registration time, also the time its usage is as of
	 * @return the eSIM, not yet stored
	 */
	static StoredEsim registered(EsimRegistration registration, Instant now) {
		return new StoredEsim(registration, now);
	}

	/**
	 * Sets the profile once Dancity has allocated it.
	 * @param iccid the ICCID
	 * @param encryptedActivationCode the activation code, already encrypted
	 * @param smdpAddress the SM-DP+ address, when known
	 * @param now the time of the change
	 */
	void completeProfile(String iccid, String encryptedActivationCode, @Nullable String smdpAddress, Instant now) {
		this.iccid = iccid;
		this.encryptedActivationCode = encryptedActivationCode;
		this.smdpAddress = smdpAddress;
		this.updatedAt = now;
	}

	/**
	 * Takes status and usage from Dancity's details; values Dancity left out keep their
	 * stored value.
	 * @param details what Dancity's details endpoint showed
	 * @param now when Dancity answered
	 * @return true when the status changed
	 */
	boolean applyUsage(DancityEsimDetails details, Instant now) {
		EsimStatus previous = this.status;
		if (details.rawStatus() != null) {
			this.status = details.status();
			this.dancityStatus = details.rawStatus();
		}
		if (details.totalVolumeBytes() != null) {
			this.dataTotalBytes = details.totalVolumeBytes();
		}
		if (details.dataRemainingBytes() != null) {
			this.dataRemainingBytes = details.dataRemainingBytes();
		}
		if (details.validityRemainingDays() != null) {
			this.validityRemainingDays = details.validityRemainingDays();
		}
		if (this.packageName == null) {
			this.packageName = details.packageName();
		}
		this.refreshedAt = now;
		this.refreshAttemptedAt = now;
		this.updatedAt = now;
		return this.status != previous;
	}

	/**
	 * Links an eSIM that was recorded without an order (such as one imported from
	 * Dancity) to the order that bought it.
	 * @param orderId the order
	 * @param now the time of the change
	 */
	void linkOrder(UUID orderId, Instant now) {
		this.orderId = orderId;
		this.updatedAt = now;
	}

	/**
	 * Fills in Dancity's references where they are missing.
	 * @param transactionId Dancity's transaction id, when known
	 * @param tranxId Dancity's {@code DNTY…} reference, when known
	 */
	void completeDancityReferences(@Nullable String transactionId, @Nullable String tranxId) {
		if (this.dancityTransactionId == null) {
			this.dancityTransactionId = transactionId;
		}
		if (this.dancityTranxId == null) {
			this.dancityTranxId = tranxId;
		}
	}

	/**
	 * What to ask Dancity's details endpoint for: its transaction id, else its
	 * {@code DNTY…} reference, else our order id, which was sent as {@code customerRef}.
	 * @return the reference, or {@code null} when the eSIM has none
	 */
	@Nullable String dancityReference() {
		if (this.dancityTransactionId != null) {
			return this.dancityTransactionId;
		}
		if (this.dancityTranxId != null) {
			return this.dancityTranxId;
		}
		return (this.orderId != null) ? this.orderId.toString() : null;
	}

	/**
	 * Whether showing this eSIM should ask Dancity for fresh usage.
	 * @param now the current time
	 * @param interval how long stored usage is shown before asking again
	 * @return true when the last attempt is at least {@code interval} old
	 */
	boolean isRefreshDue(Instant now, Duration interval) {
		return !this.refreshAttemptedAt.isAfter(now.minus(interval));
	}

	UUID id() {
		return this.id;
	}

	String customerId() {
		return this.customerId;
	}

	@Nullable UUID orderId() {
		return this.orderId;
	}

	@Nullable String iccid() {
		return this.iccid;
	}

	@Nullable String dancityTransactionId() {
		return this.dancityTransactionId;
	}

	@Nullable String dancityTranxId() {
		return this.dancityTranxId;
	}

	String packageCode() {
		return this.packageCode;
	}

	@Nullable String packageName() {
		return this.packageName;
	}

	@Nullable String regionCode() {
		return this.regionCode;
	}

	EsimStatus status() {
		return this.status;
	}

	@Nullable String dancityStatus() {
		return this.dancityStatus;
	}

	@Nullable String encryptedActivationCode() {
		return this.encryptedActivationCode;
	}

	@Nullable String smdpAddress() {
		return this.smdpAddress;
	}

	@Nullable Long dataTotalBytes() {
		return this.dataTotalBytes;
	}

	@Nullable Long dataRemainingBytes() {
		return this.dataRemainingBytes;
	}

	@Nullable Integer validityRemainingDays() {
		return this.validityRemainingDays;
	}

	Instant refreshedAt() {
		return this.refreshedAt;
	}

	Instant refreshAttemptedAt() {
		return this.refreshAttemptedAt;
	}

	Instant createdAt() {
		return this.createdAt;
	}

	Instant updatedAt() {
		return this.updatedAt;
	}

	long version() {
		return this.version;
	}

	@Override
	public String toString() {
		return "StoredEsim[id=" + this.id + ", customerId=" + this.customerId + ", orderId=" + this.orderId + ", iccid="
				+ Masking.iccid(this.iccid) + ", status=" + this.status + ", packageCode=" + this.packageCode
				+ ", version=" + this.version + "]";
	}

}
