package org.esimstore.payment.stripe;

import java.time.Clock;

import tools.jackson.databind.json.JsonMapper;

import org.esimstore.payment.PaymentProperties;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Stripe client and webhook verifier, present when Stripe takes the payments; the
 * application does not start without the secret key, the webhook secret and the success
 * URL.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "storefront.payment.provider", havingValue = "stripe")
class StripeConfiguration {

	@Bean
	StripeClient stripeClient(PaymentProperties properties, JsonMapper jsonMapper) {
		return new StripeClient(properties, jsonMapper);
	}

	@Bean
	StripeWebhooks stripeWebhooks(PaymentProperties properties, JsonMapper jsonMapper, ObjectProvider<Clock> clock) {
		return new StripeWebhooks(properties, jsonMapper, clock.getIfAvailable(Clock::systemUTC));
	}

}
