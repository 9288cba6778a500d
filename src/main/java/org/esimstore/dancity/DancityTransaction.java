package org.esimstore.dancity;

import java.math.BigDecimal;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A Dancity wallet transaction, looked up to settle a purchase whose outcome was unclear.
 *
 * @param transactionId Dancity's transaction id (Mongo {@code _id})
 * @param tranxId Dancity's {@code DNTY…} reference
 * @param customerRef our reference
 * @param service Dancity's service name, such as {@code ESIM}
 * @param status the transaction status
 * @param amount amount debited, when given
 * @param currency currency of the amount, when given
 * @param vendorResponse Dancity's {@code apiResponse} text, when given
 * @param createdAt when it was recorded, when given
 */
public record DancityTransaction(@Nullable String transactionId, @Nullable String tranxId, @Nullable String customerRef,
		@Nullable String service, TransactionStatus status, @Nullable BigDecimal amount, @Nullable String currency,
		@Nullable String vendorResponse, @Nullable Instant createdAt) {
}
