package org.esimstore.payment.paystack;

import tools.jackson.databind.json.JsonMapper;

import org.esimstore.payment.PaymentProperties;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Paystack client and webhook verifier, present when Paystack takes the payments; the
 * application does not start without the secret key.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "storefront.payment.provider", havingValue = "paystack")
class PaystackConfiguration {

	@Bean
	PaystackClient paystackClient(PaymentProperties properties, JsonMapper jsonMapper) {
		return new PaystackClient(properties, jsonMapper);
	}

	@Bean
	PaystackWebhooks paystackWebhooks(PaymentProperties properties, JsonMapper jsonMapper) {
		return new PaystackWebhooks(properties, jsonMapper);
	}

}
