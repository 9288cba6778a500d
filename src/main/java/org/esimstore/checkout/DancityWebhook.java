package org.esimstore.checkout;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * One event Dancity delivered by webhook, reduced to what is stored and acted on.
 *
 * @param event the event, such as {@code transaction.success} or {@code wallet.funded}
 * @param sentAt when Dancity says it sent the event, when it says so readably
 * @param transactionId Dancity's id of the transaction reported
 * @param tranxId Dancity's other reference of the transaction, when given
 * @param reference the reference the event carries, for a purchase the customerRef sent
 * with it
 * @param customerRef the customerRef, when the event names it as such
 * @param type the kind of transaction, such as {@code AIRTIME} or {@code ESIM}
 * @param status the transaction's status as reported
 * @param amount the amount reported
 * @param currency the currency of the amount
 */
record DancityWebhook(String event, @Nullable Instant sentAt, @Nullable String transactionId, @Nullable String tranxId,
		@Nullable String reference, @Nullable String customerRef, @Nullable String type, @Nullable String status,
		@Nullable BigDecimal amount, @Nullable String currency) {

	boolean isTransactionEvent() {
		return this.event.startsWith("transaction.");
	}

	boolean isWalletEvent() {
		return this.event.startsWith("wallet.");
	}

	/**
	 * Every value in the event that may identify one of our orders: its customerRef, or
	 * Dancity's ids of its purchase.
	 * @return the distinct values, most telling first
	 */
	List<String> orderReferences() {
		Set<String> references = new LinkedHashSet<>();
		for (@Nullable
		String value : new @Nullable String[] { this.reference, this.customerRef, this.transactionId, this.tranxId }) {
			if (value != null) {
				references.add(value);
			}
		}
		return List.copyOf(references);
	}

}
