package org.esimstore.payment.sandbox;

import java.util.UUID;

import org.esimstore.checkout.CheckoutPayments;
import org.esimstore.checkout.CustomerOrders;
import org.junit.jupiter.api.Test;

import org.springframework.security.web.method.annotation.AuthenticationPrincipalArgumentResolver;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;

/**
 * Sandbox payments exist only where they are the configured payment provider.
 */
class SandboxPaymentControllerTests {

	private final CustomerOrders orders = mock(CustomerOrders.class);

	private final CheckoutPayments payments = mock(CheckoutPayments.class);

	@Test
	void answersLikeAMissingPathWhenAnotherProviderIsConfigured() {
		MockMvcTester mvc = mvc(new SandboxPaymentGateway("paystack"));

		assertThat(mvc.post().uri("/api/v1/sandbox/orders/{id}/pay", UUID.randomUUID())).hasStatus(404);
		verifyNoInteractions(this.orders, this.payments);
	}

	@Test
	void answersLikeAMissingPathWhenNoProviderIsConfigured() {
		MockMvcTester mvc = mvc(new SandboxPaymentGateway(""));

		assertThat(mvc.post().uri("/api/v1/sandbox/orders/{id}/pay", UUID.randomUUID())).hasStatus(404);
		verifyNoInteractions(this.orders, this.payments);
	}

	@Test
	void isActiveOnlyForTheSandboxProvider() {
		assertThat(new SandboxPaymentGateway(" Sandbox ").active()).isTrue();
		assertThat(new SandboxPaymentGateway("stripe").active()).isFalse();
	}

	private MockMvcTester mvc(SandboxPaymentGateway gateway) {
		return MockMvcTester
			.create(MockMvcBuilders.standaloneSetup(new SandboxPaymentController(gateway, this.orders, this.payments))
				.setCustomArgumentResolvers(new AuthenticationPrincipalArgumentResolver())
				.build());
	}

}
