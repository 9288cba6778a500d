package org.esimstore.payment.stripe;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
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
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * When Stripe sessions expire, and what Stripe's refund answers mean for the refund.
 */
class StripePaymentGatewayTests {

	private static final Instant NOW = Instant.parse("2026-05-24T10:00:30Z");

	private static WireMockServer stripe;

	private StripePaymentGateway gateway;

	@BeforeAll
	static void startStripe() {
		stripe = new WireMockServer(WireMockConfiguration.options().dynamicPort());
		stripe.start();
	}

	@AfterAll
	static void stopStripe() {
		stripe.stop();
	}

	@BeforeEach
	void setUp() {
		stripe.resetAll();
		this.gateway = gatewayAt(NOW);
	}

	private static StripePaymentGateway gatewayAt(Instant now) {
		StripeClient client = new StripeClient(
				ProviderTestSupport.stripe(stripe.baseUrl(), Duration.ofSeconds(2), null),
				JsonMapper.builder().build());
		return new StripePaymentGateway(client, Clock.fixed(now, ZoneOffset.UTC));
	}

	@Test
	void endsTheSessionAsSoonAsStripeAllowsWhenThePaymentWindowIsShorter() {
		Instant expiry = this.gateway.expiry(NOW.plus(Duration.ofMinutes(30)));

		assertThat(expiry).isEqualTo(Instant.parse("2026-05-24T10:31:00Z"));
		assertThat(Duration.between(NOW, expiry)).isGreaterThan(Duration.ofMinutes(30));
	}

	@Test
	void endsTheSessionWithALongerPaymentWindow() {
		assertThat(this.gateway.expiry(NOW.plus(Duration.ofHours(2)))).isEqualTo(Instant.parse("2026-05-24T12:01:00Z"));
	}

	@Test
	void givesStartsWithinTheSameMinuteTheSameExpiry() {
		Instant early = Instant.parse("2026-05-24T10:00:01Z");
		Instant late = Instant.parse("2026-05-24T10:00:59Z");

		assertThat(gatewayAt(early).expiry(early.plus(Duration.ofMinutes(30))))
			.isEqualTo(gatewayAt(late).expiry(late.plus(Duration.ofMinutes(30))));
		assertThat(gatewayAt(late).expiry(late.plus(Duration.ofMinutes(30))))
			.isAfter(late.plus(Duration.ofMinutes(30)));
	}

	@Test
	void takesAChargeStripeAlreadyRefundedAsRefunded() {
		stripe.stubFor(post("/v1/refunds")
			.willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json").withBody("""
					{"error": {"type": "invalid_request_error", "code": "charge_already_refunded",
					 "message": "Charge ch_1 has already been refunded."}}
					""")));

		assertThat(this.gateway.refund(refund())).isInstanceOf(RefundResult.Accepted.class);
	}

	@Test
	void leavesARefundStripeRefusesToTheMerchant() {
		stripe.stubFor(post("/v1/refunds")
			.willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json").withBody("""
					{"error": {"type": "invalid_request_error", "code": "resource_missing",
					 "message": "No such payment_intent: 'pi_1'"}}
					""")));

		assertThat(this.gateway.refund(refund())).isInstanceOfSatisfying(RefundResult.Refused.class,
				(refused) -> assertThat(refused.reason()).contains("resource_missing"));
	}

	@Test
	void callsARefundAnsweredWithA5xxUnclearAndOneTurnedAwayAt429NotSent() {
		stripe.stubFor(post("/v1/refunds").willReturn(aResponse().withStatus(503)));
		RefundResult unclear = this.gateway.refund(refund());
		stripe.stubFor(post("/v1/refunds").willReturn(aResponse().withStatus(429)));
		RefundResult notSent = this.gateway.refund(refund());

		assertThat(unclear).isInstanceOf(RefundResult.OutcomeUnknown.class);
		assertThat(notSent).isInstanceOf(RefundResult.NotSent.class);
	}

	@Test
	void reportsARefundStripeAccepted() {
		stripe.stubFor(post("/v1/refunds").willReturn(okJson("""
				{"id": "re_1", "object": "refund", "amount": 370000, "currency": "ngn", "status": "pending",
				 "payment_intent": "pi_1"}
				""")));

		assertThat(this.gateway.refund(refund())).isEqualTo(new RefundResult.Accepted("re_1", "pending"));
	}

	private static PaymentRefund refund() {
		return new PaymentRefund(UUID.randomUUID(), "stripe", "pi_1", Money.of("3700.00", "NGN"), "test", false);
	}

}
