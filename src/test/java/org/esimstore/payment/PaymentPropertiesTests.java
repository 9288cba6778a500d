package org.esimstore.payment;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The payment settings bind from the environment variables the specification names, with
 * safe defaults, and never print a secret.
 */
class PaymentPropertiesTests {

	@Test
	void bindsTheEnvironmentVariablesNamedInApplicationYaml() throws IOException {
		PaymentProperties properties = bind(Map.ofEntries(Map.entry("PAYMENT_PROVIDER", "paystack"),
				Map.entry("PAYSTACK_SECRET_KEY", "sk_live_paystack"),
				Map.entry("PAYSTACK_BASE_URL", "http://paystack.internal"),
				Map.entry("PAYSTACK_CALLBACK_URL", "https://shop.example/paid"),
				Map.entry("STRIPE_SECRET_KEY", "sk_live_stripe"), Map.entry("STRIPE_WEBHOOK_SECRET", "whsec_live"),
				Map.entry("STRIPE_BASE_URL", "http://stripe.internal"),
				Map.entry("STRIPE_SUCCESS_URL", "https://shop.example/stripe/paid"),
				Map.entry("STRIPE_CANCEL_URL", "https://shop.example/cart"),
				Map.entry("STRIPE_API_VERSION", "2025-03-31.basil")));

		assertThat(properties.provider()).isEqualTo(PaymentProviderType.PAYSTACK);
		assertThat(properties.paystack()).isEqualTo(new PaymentProperties.Paystack("sk_live_paystack",
				"http://paystack.internal", "https://shop.example/paid"));
		assertThat(properties.stripe()).isEqualTo(new PaymentProperties.Stripe("sk_live_stripe", "whsec_live",
				"http://stripe.internal", "https://shop.example/stripe/paid", "https://shop.example/cart",
				"2025-03-31.basil", Duration.ofMinutes(5)));
	}

	@Test
	void unsetVariablesLeaveNoProviderAndTheProvidersDefaults() throws IOException {
		PaymentProperties properties = bind(Map.of());

		assertThat(properties.provider()).isNull();
		assertThat(properties.connectTimeout()).isEqualTo(Duration.ofSeconds(5));
		assertThat(properties.readTimeout()).isEqualTo(Duration.ofSeconds(30));
		assertThat(properties.paystack())
			.isEqualTo(new PaymentProperties.Paystack(null, "https://api.paystack.co", null));
		assertThat(properties.stripe()).isEqualTo(new PaymentProperties.Stripe(null, null, "https://api.stripe.com",
				null, null, null, Duration.ofMinutes(5)));
	}

	@Test
	void theSandboxArgumentSelectsTheSandbox() throws IOException {
		assertThat(bind(Map.of("PAYMENT_PROVIDER", "sandbox")).provider()).isEqualTo(PaymentProviderType.SANDBOX);
	}

	@Test
	void neverShowsSecretsInToString() {
		PaymentProperties properties = new PaymentProperties(PaymentProviderType.STRIPE, null, null,
				new PaymentProperties.Paystack("sk_live_paystack_secret", null, null), new PaymentProperties.Stripe(
						"sk_live_stripe_secret", "whsec_live_secret", null, null, null, null, null));

		assertThat(properties.toString())
			.doesNotContain("sk_live_paystack_secret", "sk_live_stripe_secret", "whsec_live_secret")
			.contains("secretKey=<set>", "webhookSecret=<set>", "https://api.stripe.com");
	}

	@Test
	void readsProviderIdsInAnyCase() {
		assertThat(PaymentProviderType.fromId("Stripe")).contains(PaymentProviderType.STRIPE);
		assertThat(PaymentProviderType.fromId("paypal")).isEmpty();
		assertThat(PaymentProviderType.PAYSTACK.id()).isEqualTo("paystack");
	}

	private static PaymentProperties bind(Map<String, Object> environmentVariables) throws IOException {
		StandardEnvironment environment = new StandardEnvironment();
		MutablePropertySources sources = environment.getPropertySources();
		sources.remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
		sources.remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
		sources.addFirst(new SystemEnvironmentPropertySource("test-environment", environmentVariables));
		new YamlPropertySourceLoader().load("application.yml", new ClassPathResource("application.yml"))
			.forEach(sources::addLast);
		return Binder.get(environment).bind("storefront.payment", PaymentProperties.class).get();
	}

}
