package org.esimstore.checkout;

import java.util.UUID;

import org.esimstore.system.ApiException;

import org.springframework.http.HttpStatus;

/**
 * A provider's payment id was confirmed again for a different order than the one it paid.
 */
public class PaymentAlreadyRecordedException extends ApiException {

	PaymentAlreadyRecordedException(PaymentReceived payment, UUID recordedOrderId) {
		super(HttpStatus.CONFLICT, "PAYMENT_ALREADY_RECORDED", "Payment '" + payment.providerPaymentId() + "' with "
				+ payment.provider() + " is already recorded for order '" + recordedOrderId + "'");
	}

}
