package org.esimstore.payment.stripe;

/**
 * A Stripe event this service does not act on.
 *
 * @param id Stripe's id of the event
 * @param type the event's type
 */
public record StripeOtherEvent(String id, String type) implements StripeEvent {
}
