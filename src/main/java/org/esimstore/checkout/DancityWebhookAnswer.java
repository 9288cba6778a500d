package org.esimstore.checkout;

/**
 * The answer to a Dancity webhook delivery, given once it is stored, and given the same
 * for a repeated delivery.
 *
 * @param received always {@code true}
 */
record DancityWebhookAnswer(boolean received) {

	static final DancityWebhookAnswer RECEIVED = new DancityWebhookAnswer(true);

}
