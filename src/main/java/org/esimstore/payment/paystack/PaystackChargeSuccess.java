package org.esimstore.payment.paystack;

/**
 * Paystack's {@code charge.success} event: a transaction was paid. Confirm it with
 * {@link PaystackClient#verify(String)} before acting, as Paystack recommends.
 *
 * @param transaction the paid transaction
 */
public record PaystackChargeSuccess(PaystackTransaction transaction) implements PaystackEvent {

	/** The type of this event. */
	public static final String TYPE = "charge.success";

	@Override
	public String type() {
		return TYPE;
	}

}
