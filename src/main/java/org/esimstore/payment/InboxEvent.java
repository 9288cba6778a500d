package org.esimstore.payment;

/**
 * A stored webhook event claimed for processing.
 *
 * @param id the event's row
 * @param provider the provider that sent it
 * @param eventId the provider's id of the event
 * @param type the event's type
 * @param payment the payment it reports
 * @param attempts processing attempts including this one; with the row, the version later
 * changes are conditional on
 */
record InboxEvent(long id, PaymentProviderType provider, String eventId, String type, ReportedPayment payment,
		int attempts) {
}
