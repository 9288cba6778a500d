package org.esimstore.payment.stripe;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.esimstore.payment.PaymentProperties;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Stripe beans exist when Stripe is the payment provider or its key is set, and never
 * without their secrets.
 */
class StripeConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withUserConfiguration(PaymentPropertiesConfiguration.class, StripeConfiguration.class)
		.withBean(JsonMapper.class, () -> JsonMapper.builder().build());

	@Test
	void providesTheClientAndWebhooksWhenStripeTakesPayments() {
		this.contextRunner
			.withPropertyValues("storefront.payment.provider=stripe", "storefront.payment.stripe.secret-key=sk_test_1",
					"storefront.payment.stripe.webhook-secret=whsec_1",
					"storefront.payment.stripe.success-url=https://shop.example/paid")
			.run((context) -> assertThat(context).hasSingleBean(StripeClient.class)
				.hasSingleBean(StripeWebhooks.class)
				.hasSingleBean(StripePaymentGateway.class)
				.hasSingleBean(StripeWebhookHandler.class));
	}

	@Test
	void providesTheGatewayWhenItsKeyIsSetThoughAnotherProviderIsTheDefault() {
		this.contextRunner.withPropertyValues("storefront.payment.provider=paystack",
				"storefront.payment.stripe.secret-key=sk_test_1", "storefront.payment.stripe.webhook-secret=whsec_1",
				"storefront.payment.stripe.success-url=https://shop.example/paid")
			.run((context) -> assertThat(context).hasSingleBean(StripePaymentGateway.class)
				.hasSingleBean(StripeWebhookHandler.class));
	}

	@Test
	void refusesToStartWithoutTheWebhookSecret() {
		this.contextRunner
			.withPropertyValues("storefront.payment.provider=stripe", "storefront.payment.stripe.secret-key=sk_test_1",
					"storefront.payment.stripe.success-url=https://shop.example/paid")
			.run((context) -> {
				assertThat(context).hasFailed();
				assertThat(context.getStartupFailure()).rootCause()
					.hasMessageContaining("STRIPE_WEBHOOK_SECRET")
					.hasMessageNotContaining("sk_test_1");
			});
	}

	@Test
	void staysOutOfTheWayOfOtherProviders() {
		this.contextRunner
			.withPropertyValues("storefront.payment.provider=paystack", "storefront.payment.stripe.secret-key=")
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(StripeClient.class)
				.doesNotHaveBean(StripePaymentGateway.class));
	}

	/**
	 * Binds the payment settings as the application does.
	 */
	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(PaymentProperties.class)
	static class PaymentPropertiesConfiguration {

	}

}
