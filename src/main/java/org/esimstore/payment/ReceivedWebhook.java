package org.esimstore.payment;

import org.jspecify.annotations.Nullable;

/**
 * A webhook a provider sent, its signature checked and its body read: a payment to verify
 * and apply, an event this service does not act on, or a signed event that cannot be
 * used.
 *
 * @param eventId the provider's id of the event, the same for every delivery of it
 * @param type the event's type, such as {@code charge.success}
 * @param payment the payment it reports, {@code null} when it reports none
 * @param problem why a signed event cannot be used, {@code null} when it can
 */
public record ReceivedWebhook(String eventId, String type, @Nullable ReportedPayment payment,
		@Nullable String problem) {

	public static ReceivedWebhook payment(String eventId, String type, ReportedPayment payment) {
		return new ReceivedWebhook(eventId, type, payment, null);
	}

	public static ReceivedWebhook ignored(String eventId, String type) {
		return new ReceivedWebhook(eventId, type, null, null);
	}

	public static ReceivedWebhook unusable(String eventId, String type, String problem) {
		return new ReceivedWebhook(eventId, type, null, problem);
	}

}
