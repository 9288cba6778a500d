package org.esimstore.payment.paystack;

/**
 * A Paystack event this service does not act on, such as {@code transfer.success}.
 *
 * @param type the event's type
 */
public record PaystackOtherEvent(String type) implements PaystackEvent {
}
