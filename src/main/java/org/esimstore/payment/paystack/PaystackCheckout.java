package org.esimstore.payment.paystack;

/**
 * An initialized Paystack transaction: where to send the customer to pay.
 *
 * @param authorizationUrl the Paystack page where the customer pays; valid once
 * @param accessCode the code that opens the same payment in Paystack's inline popup or
 * mobile SDKs
 * @param reference the transaction's reference, ours
 */
public record PaystackCheckout(String authorizationUrl, String accessCode, String reference) {
}
