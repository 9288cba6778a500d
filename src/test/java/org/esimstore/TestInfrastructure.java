package org.esimstore;

import org.esimstore.dancity.DancitySimulator;
import org.esimstore.payment.PaymentProvidersMock;
import org.esimstore.payment.ProviderTestSupport;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;

/**
 * Points the application at the test database, the shared simulated Dancity and the
 * shared mock of Paystack's and Stripe's APIs. Sandbox payments are the default provider;
 * Paystack and Stripe are enabled by their keys in {@link IntegrationTest}, so that an
 * order may ask for either.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestInfrastructure {

	/** HS256 secret the tests sign customer tokens with. */
	public static final String CUSTOMER_JWT_SECRET = "test-customer-jwt-secret-of-at-least-32-bytes";

	/** Where Stripe Checkout sends a customer who paid, in tests. */
	public static final String STRIPE_SUCCESS_URL = "https://shop.example/paid?session_id={CHECKOUT_SESSION_ID}";

	/** AES-256 key (base64 of 32 bytes) that protects activation codes in tests. */
	public static final String ESIM_ENCRYPTION_KEY = "dGVzdC1lc2ltLWVuY3J5cHRpb24ta2V5LTMyLWJ5dGU=";

	/** Secret that signs the simulated Dancity's webhooks in tests. */
	public static final String DANCITY_WEBHOOK_SECRET = "test-dancity-webhook-secret";

	@Bean
	static DynamicPropertyRegistrar testInfrastructureProperties() {
		return (registry) -> {
			TestDatabase database = TestDatabase.forTests();
			registry.add("spring.datasource.url", database::url);
			registry.add("spring.datasource.username", database::username);
			registry.add("spring.datasource.password", database::password);
			registry.add("dancity.base-url", () -> DancitySimulator.shared().baseUrl());
			registry.add("dancity.api-key", () -> DancitySimulator.API_KEY);
			registry.add("dancity.webhook-secret", () -> DANCITY_WEBHOOK_SECRET);
			registry.add("storefront.customer-jwt.secret", () -> CUSTOMER_JWT_SECRET);
			registry.add("storefront.encryption-key", () -> ESIM_ENCRYPTION_KEY);
			registry.add("storefront.payment.provider", () -> "sandbox");
			registry.add("dancity.purchase-read-timeout", () -> "2s");
			registry.add("storefront.checkout.poll-interval", () -> "100ms");
			registry.add("storefront.checkout.purchase-retry.initial", () -> "200ms");
			registry.add("storefront.checkout.purchase-retry.max", () -> "1s");
			registry.add("storefront.checkout.reconciliation.initial", () -> "200ms");
			registry.add("storefront.checkout.reconciliation.max", () -> "1s");
			registry.add("storefront.checkout.reconciliation-grace", () -> "3s");
			registry.add("storefront.checkout.provisioning-poll.initial", () -> "200ms");
			registry.add("storefront.checkout.provisioning-poll.max", () -> "1s");
			// The client's own tests pin the overall budget; here it would only make
			// scenarios wait on each other. The purchase budget stays as configured.
			registry.add("resilience4j.ratelimiter.instances.dancity.limit-for-period", () -> "1000");
			registry.add("storefront.checkout.housekeeping-interval", () -> "500ms");
			registry.add("storefront.checkout.refunds.retry.initial", () -> "200ms");
			registry.add("storefront.checkout.refunds.retry.max", () -> "1s");
			registry.add("storefront.payment.read-timeout", () -> "2s");
			registry.add("storefront.payment.paystack.base-url", () -> PaymentProvidersMock.shared().baseUrl());
			registry.add("storefront.payment.stripe.base-url", () -> PaymentProvidersMock.shared().baseUrl());
			registry.add("storefront.payment.stripe.webhook-secret", () -> ProviderTestSupport.STRIPE_WEBHOOK_SECRET);
			registry.add("storefront.payment.stripe.success-url", () -> STRIPE_SUCCESS_URL);
			registry.add("storefront.payment.webhooks.poll-interval", () -> "100ms");
			registry.add("storefront.payment.webhooks.retry-initial", () -> "200ms");
			registry.add("storefront.payment.webhooks.retry-max", () -> "1s");
		};
	}

	@Bean
	DancitySimulator dancitySimulator() {
		return DancitySimulator.shared();
	}

	@Bean
	PaymentProvidersMock paymentProvidersMock() {
		return PaymentProvidersMock.shared();
	}

}
