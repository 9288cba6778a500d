package org.esimstore.payment.paystack;

import java.time.Duration;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.esimstore.checkout.PaymentRefund;
import org.esimstore.checkout.RefundResult;
import org.esimstore.money.Money;
import org.esimstore.payment.ProviderTestSupport;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * How Paystack refunds are sent, and looked up first after an attempt whose outcome is
 * unclear, since Paystack has no idempotency key.
 */
class PaystackPaymentGatewayTests {

	private static final String REFUNDED = """
			{"status": true, "message": "Refund has been queued for processing",
			 "data": {"id": 3018290, "status": "pending", "amount": 370000, "currency": "NGN"}}
			""";

	private static WireMockServer paystack;

	private PaystackPaymentGateway gateway;

	@BeforeAll
	static void startPaystack() {
		paystack = new WireMockServer(WireMockConfiguration.options().dynamicPort());
		paystack.start();
	}

	@AfterAll
	static void stopPaystack() {
		paystack.stop();
	}

	@BeforeEach
	void setUp() {
		paystack.resetAll();
		this.gateway = new PaystackPaymentGateway(
				new PaystackClient(ProviderTestSupport.paystack(paystack.baseUrl(), Duration.ofSeconds(2), null),
						JsonMapper.builder().build()));
	}

	@Test
	void sendsAFirstRefundWithoutLookingItUp() {
		paystack.stubFor(post("/refund").willReturn(okJson(REFUNDED)));

		RefundResult result = this.gateway.refund(refund(false));

		assertThat(result).isEqualTo(new RefundResult.Accepted("3018290", "pending"));
		assertThat(paystack.findAll(getRequestedFor(urlPathEqualTo("/refund")))).isEmpty();
	}

	@Test
	void sendsTheRefundAfterAnUnclearAttemptWhenPaystackHoldsNone() {
		paystack.stubFor(get(urlPathEqualTo("/refund")).willReturn(okJson("""
				{"status": true, "message": "Refunds retrieved", "data": []}
				""")));
		paystack.stubFor(post("/refund").willReturn(okJson(REFUNDED)));

		RefundResult result = this.gateway.refund(refund(true));

		assertThat(result).isEqualTo(new RefundResult.Accepted("3018290", "pending"));
		paystack.verify(1, postRequestedFor(urlPathEqualTo("/refund")));
	}

	@Test
	void sendsNothingAfterAnUnclearAttemptWhilePaystackCannotSayWhetherItRefunded() {
		paystack.stubFor(get(urlPathEqualTo("/refund")).willReturn(aResponse().withStatus(503)));
		paystack.stubFor(post("/refund").willReturn(okJson(REFUNDED)));

		RefundResult result = this.gateway.refund(refund(true));

		assertThat(result).isInstanceOf(RefundResult.NotSent.class);
		paystack.verify(0, postRequestedFor(urlPathEqualTo("/refund")));
	}

	@Test
	void leavesARefundPaystackRefusesOrFailsToTheMerchant() {
		paystack.stubFor(post("/refund").willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"status\": false, \"message\": \"Transaction has been fully reversed\"}")));
		RefundResult refused = this.gateway.refund(refund(false));
		paystack.stubFor(post("/refund").willReturn(okJson("""
				{"status": true, "message": "Refund has been queued for processing",
				 "data": {"id": 3018291, "status": "failed", "amount": 370000, "currency": "NGN"}}
				""")));
		RefundResult failed = this.gateway.refund(refund(false));

		assertThat(refused).isInstanceOfSatisfying(RefundResult.Refused.class,
				(result) -> assertThat(result.reason()).contains("fully reversed"));
		assertThat(failed).isInstanceOf(RefundResult.Refused.class);
	}

	private static PaymentRefund refund(boolean afterUnclearAttempt) {
		return new PaymentRefund(UUID.randomUUID(), "paystack", "4099260516", Money.of("3700.00", "NGN"), "test",
				afterUnclearAttempt);
	}

}
