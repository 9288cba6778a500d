package org.esimstore.checkout;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Which provider a new order is paid with, and which can refund a payment.
 */
class PaymentGatewaysTests {

	private final FakeGateway sandbox = new FakeGateway("sandbox", false);

	private final FakeGateway paystack = new FakeGateway("paystack", true);

	private final FakeGateway stripe = new FakeGateway("stripe", true);

	@Test
	void paysNewOrdersWithTheDefaultUnlessTheyAskForAnotherAvailableProvider() {
		PaymentGateways gateways = new PaymentGateways(List.of(this.sandbox, this.paystack, this.stripe), "Paystack");

		assertThat(gateways.forNewOrder(null)).isSameAs(this.paystack);
		assertThat(gateways.forNewOrder("STRIPE")).isSameAs(this.stripe);
		assertThat(gateways.availableProviders()).containsExactly("paystack", "stripe");
	}

	@Test
	void refusesAProviderThatIsNotAvailableToNewOrdersNamingTheAvailableOnes() {
		PaymentGateways gateways = new PaymentGateways(List.of(this.sandbox, this.paystack), "paystack");

		assertThatExceptionOfType(PaymentProviderNotAvailableException.class)
			.isThrownBy(() -> gateways.forNewOrder("sandbox"))
			.satisfies((ex) -> {
				assertThat(ex.code()).isEqualTo("PAYMENT_PROVIDER_NOT_AVAILABLE");
				assertThat(ex.status().value()).isEqualTo(422);
				assertThat(ex.properties()).containsEntry("availableProviders", List.of("paystack"));
			});
		assertThatExceptionOfType(PaymentProviderNotAvailableException.class)
			.isThrownBy(() -> gateways.forNewOrder("paypal"));
	}

	@Test
	void stillRefundsThroughAProviderNewOrdersCannotUse() {
		PaymentGateways gateways = new PaymentGateways(List.of(this.sandbox, this.paystack), "paystack");

		assertThat(gateways.forRefund("sandbox")).containsSame(this.sandbox);
		assertThat(gateways.forRefund("manual")).isEmpty();
		assertThat(gateways.refundableProviders()).containsExactly("sandbox", "paystack");
	}

	@Test
	void refusesToStartWhenTheConfiguredProviderIsNotAvailable() {
		assertThatIllegalStateException()
			.isThrownBy(() -> new PaymentGateways(List.of(this.sandbox, this.paystack), "stripe"))
			.withMessageContaining("PAYMENT_PROVIDER 'stripe'")
			.withMessageContaining("[paystack]");
		assertThatIllegalStateException()
			.isThrownBy(() -> new PaymentGateways(List.of(this.sandbox, this.paystack), "sandbox"));
	}

	@Test
	void leavesPaymentToTheMerchantWithoutAConfiguredProvider() {
		PaymentGateways gateways = new PaymentGateways(List.of(this.sandbox, this.paystack), " ");

		assertThat(gateways.forNewOrder(null)).isNull();
		assertThat(gateways.forNewOrder("paystack")).isSameAs(this.paystack);
	}

	/**
	 * A gateway that is only a name.
	 *
	 * @param provider its name
	 * @param available whether new orders may use it
	 */
	private record FakeGateway(String provider, boolean available) implements PaymentGateway {

		@Override
		public PaymentInstructions start(PayableOrder order) {
			throw new UnsupportedOperationException();
		}

		@Override
		public RefundResult refund(PaymentRefund refund) {
			throw new UnsupportedOperationException();
		}

	}

}
