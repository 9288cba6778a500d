package org.esimstore.payment;

/**
 * The answer to a provider's webhook delivery, once the event is safely stored.
 *
 * @param eventId the event's id as stored
 * @param duplicate whether the event had been received before, so this delivery changed
 * nothing
 */
record WebhookAnswer(String eventId, boolean duplicate) {
}
