package org.esimstore.dancity;

import org.jspecify.annotations.Nullable;

/**
 * Dancity's answer to a purchase that it accepted (its status is never
 * {@link TransactionStatus#FAILED}: that is reported as
 * {@link DancityPurchaseFailedException}).
 *
 * @param transactionId Dancity's transaction id (Mongo {@code _id}), when returned
 * @param tranxId Dancity's {@code DNTY…} reference, when returned
 * @param customerRef our reference as echoed back, when returned
 * @param status the transaction status
 * @param iccid the eSIM's ICCID if already allocated
 * @param activationCode the LPA activation code if already allocated; a customer secret
 * @param qrCodeUrl Dancity's QR image URL if already allocated
 */
public record DancityPurchase(@Nullable String transactionId, @Nullable String tranxId, @Nullable String customerRef,
		TransactionStatus status, @Nullable String iccid, @Nullable String activationCode, @Nullable String qrCodeUrl) {

	@Override
	public String toString() {
		return "DancityPurchase[transactionId=" + this.transactionId + ", tranxId=" + this.tranxId + ", customerRef="
				+ this.customerRef + ", status=" + this.status + ", iccid=" + Masking.iccid(this.iccid)
				+ ", activationCode=" + Masking.secret(this.activationCode) + "]";
	}

}
