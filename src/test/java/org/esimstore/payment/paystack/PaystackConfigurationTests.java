package org.esimstore.payment.paystack;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.esimstore.payment.PaymentProperties;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Paystack beans exist when Paystack is the payment provider or its key is set, and
 * never without the key.
 */
class PaystackConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withUserConfiguration(PaymentPropertiesConfiguration.class, PaystackConfiguration.class)
		.withBean(JsonMapper.class, () -> JsonMapper.builder().build());

	@Test
	void providesTheClientAndWebhooksWhenPaystackTakesPayments() {
		this.contextRunner
			.withPropertyValues("storefront.payment.provider=paystack",
					"storefront.payment.paystack.secret-key=sk_test_paystack")
			.run((context) -> assertThat(context).hasSingleBean(PaystackClient.class)
				.hasSingleBean(PaystackWebhooks.class)
				.hasSingleBean(PaystackPaymentGateway.class)
				.hasSingleBean(PaystackWebhookHandler.class));
	}

	@Test
	void providesTheGatewayWhenItsKeyIsSetThoughAnotherProviderIsTheDefault() {
		this.contextRunner
			.withPropertyValues("storefront.payment.provider=sandbox",
					"storefront.payment.paystack.secret-key=sk_test_paystack")
			.run((context) -> assertThat(context).hasSingleBean(PaystackPaymentGateway.class)
				.hasSingleBean(PaystackWebhookHandler.class));
	}

	@Test
	void refusesToStartWithoutTheSecretKey() {
		this.contextRunner.withPropertyValues("storefront.payment.provider=paystack").run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("PAYSTACK_SECRET_KEY");
		});
	}

	@Test
	void staysOutOfTheWayOfOtherProviders() {
		this.contextRunner
			.withPropertyValues("storefront.payment.provider=sandbox", "storefront.payment.paystack.secret-key= ")
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(PaystackClient.class)
				.doesNotHaveBean(PaystackPaymentGateway.class));
	}

	/**
	 * Binds the payment settings as the application does.
	 */
	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(PaymentProperties.class)
	static class PaymentPropertiesConfiguration {

	}

}
