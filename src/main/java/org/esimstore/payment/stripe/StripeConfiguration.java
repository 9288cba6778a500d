package org.esimstore.payment.stripe;

import java.time.Clock;

import tools.jackson.databind.json.JsonMapper;

import org.esimstore.payment.PaymentProperties;
import org.esimstore.payment.PaymentProviderCondition;
import org.esimstore.payment.PaymentProviderType;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Stripe's client, webhook verifier, payment gateway and webhook handler, present when
 * Stripe is the payment provider or its secret key is set (so that orders may choose it
 * and its payments can be refunded); the application does not start without the secret
 * key, the webhook secret and the success URL.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(StripeConfiguration.StripeInUse.class)
class StripeConfiguration {

	@Bean
	StripeClient stripeClient(PaymentProperties properties, JsonMapper jsonMapper) {
		return new StripeClient(properties, jsonMapper);
	}

	@Bean
	StripeWebhooks stripeWebhooks(PaymentProperties properties, JsonMapper jsonMapper, ObjectProvider<Clock> clock) {
		return new StripeWebhooks(properties, jsonMapper, clock.getIfAvailable(Clock::systemUTC));
	}

	@Bean
	StripePaymentGateway stripePaymentGateway(StripeClient client, ObjectProvider<Clock> clock) {
		return new StripePaymentGateway(client, clock.getIfAvailable(Clock::systemUTC));
	}

	@Bean
	StripeWebhookHandler stripeWebhookHandler(StripeWebhooks webhooks) {
		return new StripeWebhookHandler(webhooks);
	}

	/**
	 * Matches when Stripe is the payment provider or its secret key is set.
	 */
	static class StripeInUse extends PaymentProviderCondition {

		StripeInUse() {
			super(PaymentProviderType.STRIPE);
		}

	}

}
