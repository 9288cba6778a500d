package org.esimstore.payment.paystack;

import tools.jackson.databind.json.JsonMapper;

import org.esimstore.payment.PaymentProperties;
import org.esimstore.payment.PaymentProviderCondition;
import org.esimstore.payment.PaymentProviderType;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Paystack's client, webhook verifier, payment gateway and webhook handler, present when
 * Paystack is the payment provider or its secret key is set (so that orders may choose it
 * and its payments can be refunded); the application does not start without the key.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(PaystackConfiguration.PaystackInUse.class)
class PaystackConfiguration {

	@Bean
	PaystackClient paystackClient(PaymentProperties properties, JsonMapper jsonMapper) {
		return new PaystackClient(properties, jsonMapper);
	}

	@Bean
	PaystackWebhooks paystackWebhooks(PaymentProperties properties, JsonMapper jsonMapper) {
		return new PaystackWebhooks(properties, jsonMapper);
	}

	@Bean
	PaystackPaymentGateway paystackPaymentGateway(PaystackClient client) {
		return new PaystackPaymentGateway(client);
	}

	@Bean
	PaystackWebhookHandler paystackWebhookHandler(PaystackWebhooks webhooks, PaystackClient client) {
		return new PaystackWebhookHandler(webhooks, client);
	}

	/**
	 * Matches when Paystack is the payment provider or its secret key is set.
	 */
	static class PaystackInUse extends PaymentProviderCondition {

		PaystackInUse() {
			super(PaymentProviderType.PAYSTACK);
		}

	}

}
