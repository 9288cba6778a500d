package org.esimstore.payment;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.esimstore.IntegrationTest;
import org.esimstore.dancity.DancitySimulator;
import org.esimstore.payment.PaymentApi.Answer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.client.RestTestClient;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Paying with Stripe Checkout end to end, against WireMock standing in for Stripe's API:
 * orders open a Checkout Session, events signed as Stripe signs them (timestamp within
 * tolerance) pay the order, and failed or unusable payments are refunded under an
 * idempotency key, so once.
 */
@IntegrationTest
class StripePaymentTests {

	private static final String PACKAGE = DancitySimulator.QATAR_1GB_7DAYS;

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	private static final String COMPLETED = "checkout.session.completed";

	@Autowired
	RestTestClient client;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DancitySimulator simulator;

	@Autowired
	PaymentProvidersMock providers;

	private PaymentApi api;

	private PaymentRecords records;

	private StripeStubs stripe;

	private WireMockServer mock;

	@BeforeEach
	void setUp() {
		this.api = new PaymentApi(this.client);
		this.records = new PaymentRecords(this.jdbc);
		this.mock = this.providers.server();
		this.mock.resetAll();
		this.stripe = new StripeStubs(this.mock);
		this.stripe.checkoutSessionsAnswer();
		this.simulator.reset();
		this.simulator.provisioningDelay(Duration.ZERO);
		this.api.browseCatalog();
	}

	@AfterEach
	void settle() {
		this.records.settle();
	}

	@Test
	void opensACheckoutSessionForTheOrderUnderAnIdempotencyKeyAndSaysHowToPay() {
		String customer = PaymentApi.newCustomer();

		Answer placed = order(customer);

		assertThat(placed.status()).isEqualTo(201);
		JsonNode payment = placed.body().path("payment");
		assertThat(payment.path("provider").asString()).isEqualTo("stripe");
		assertThat(payment.path("reference").asString()).startsWith("cs_test_");
		assertThat(payment.path("checkoutUrl").asString()).startsWith("https://checkout.stripe.com/c/pay/");
		LoggedRequest sent = this.mock.findAll(postRequestedFor(urlPathEqualTo("/v1/checkout/sessions"))).get(0);
		assertThat(sent.getHeader("Authorization")).isEqualTo("Bearer " + ProviderTestSupport.STRIPE_SECRET);
		assertThat(sent.getHeader("Idempotency-Key")).startsWith("esimstore:checkout-session:" + placed.id() + ":");
		assertThat(sent.formParameters().get("client_reference_id").firstValue()).isEqualTo(placed.id());
		assertThat(sent.formParameters().get("metadata[order_id]").firstValue()).isEqualTo(placed.id());
		assertThat(sent.formParameters().get("line_items[0][price_data][currency]").firstValue()).isEqualTo("ngn");
		assertThat(sent.formParameters().get("line_items[0][price_data][unit_amount]").firstValue())
			.isEqualTo(String.valueOf(placed.priceMinorUnits()));
		long expiresAt = Long.parseLong(sent.formParameters().get("expires_at").firstValue());
		assertThat(Instant.ofEpochSecond(expiresAt)).isAfter(Instant.now().plus(Duration.ofMinutes(30)))
			.isBefore(Instant.now().plus(Duration.ofMinutes(33)));
	}

	@Test
	void fulfilsAnOrderOnceForASignedCompletedSessionAndIgnoresItsReplay() {
		String customer = PaymentApi.newCustomer();
		Answer placed = order(customer);
		String eventId = "evt_" + UUID.randomUUID();
		String body = paidSession(eventId, COMPLETED, placed, "pi_" + UUID.randomUUID(), placed.priceMinorUnits(),
				"ngn");

		Answer delivered = deliver(body, Instant.now());
		awaitStatus(customer, placed.id(), "COMPLETED");
		Answer replayed = deliver(body, Instant.now());

		assertThat(delivered.status()).isEqualTo(200);
		assertThat(delivered.body().path("duplicate").asBoolean()).isFalse();
		assertThat(replayed.status()).isEqualTo(200);
		assertThat(replayed.body().path("duplicate").asBoolean()).isTrue();
		assertThat(this.records.webhookEvents("stripe", eventId)).containsExactly("PROCESSED");
		assertThat(this.records.payments(placed.id())).containsExactly("APPLIED");
		assertThat(this.simulator.purchaseCount(placed.id())).isOne();
	}

	@Test
	void refusesAnEventSignedTooLongAgoWithAnotherSecretOrNotAtAll() {
		String customer = PaymentApi.newCustomer();
		Answer placed = order(customer);
		String eventId = "evt_" + UUID.randomUUID();
		byte[] body = paidSession(eventId, COMPLETED, placed, "pi_" + UUID.randomUUID(), placed.priceMinorUnits(),
				"ngn")
			.getBytes(StandardCharsets.UTF_8);
		long now = Instant.now().getEpochSecond();

		Answer stale = this.api.webhook("stripe", body, Map.of("Stripe-Signature",
				PaymentProvidersMock.stripeSignature(body, now - 600, ProviderTestSupport.STRIPE_WEBHOOK_SECRET)));
		Answer forged = this.api.webhook("stripe", body,
				Map.of("Stripe-Signature", PaymentProvidersMock.stripeSignature(body, now, "whsec_someone_else")));
		Answer unsigned = this.api.webhook("stripe", body, Map.of());

		assertThat(List.of(stale, forged, unsigned)).allSatisfy((answer) -> {
			assertThat(answer.status()).isEqualTo(400);
			assertThat(answer.code()).isEqualTo("INVALID_WEBHOOK_SIGNATURE");
		});
		assertThat(stale.text("detail")).contains("timestamp outside tolerance");
		assertThat(this.records.webhookEvents("stripe", eventId)).isEmpty();
		assertThat(this.records.state(placed.id())).isEqualTo("AWAITING_PAYMENT");
	}

	@Test
	void recordsFlagsAndRefundsAPaymentOfTheWrongAmountOrCurrencyWithoutFulfillingTheOrder() {
		String customer = PaymentApi.newCustomer();
		Answer shortPaid = order(customer);
		Answer otherCurrency = order(customer);
		String shortIntent = "pi_" + UUID.randomUUID();
		String dollarIntent = "pi_" + UUID.randomUUID();
		this.stripe.refundAnswers(shortIntent, "re_short", 100, "ngn");
		this.stripe.refundAnswers(dollarIntent, "re_dollars", otherCurrency.priceMinorUnits(), "usd");

		deliver(paidSession("evt_" + UUID.randomUUID(), COMPLETED, shortPaid, shortIntent, 100, "ngn"), Instant.now());
		deliver(paidSession("evt_" + UUID.randomUUID(), COMPLETED, otherCurrency, dollarIntent,
				otherCurrency.priceMinorUnits(), "usd"), Instant.now());

		for (Answer placed : List.of(shortPaid, otherCurrency)) {
			JsonNode order = awaitRefund(customer, placed.id(), "REFUNDED");
			assertThat(order.path("status").asString()).isEqualTo("AWAITING_PAYMENT");
			assertThat(this.records.needsAttention(placed.id())).isTrue();
			assertThat(this.records.payments(placed.id())).containsExactly("REFUND_REQUIRED:REFUNDED");
			assertThat(this.simulator.purchaseCount(placed.id())).isZero();
		}
		assertThat(this.records.refundIds(shortPaid.id())).containsExactly("re_short");
		this.mock.verify(1,
				postRequestedFor(urlPathEqualTo("/v1/refunds")).withFormParam("payment_intent", equalTo(shortIntent)));
	}

	@Test
	void waitsForTheDelayedPaymentOfACompletedButUnpaidSession() {
		String customer = PaymentApi.newCustomer();
		Answer placed = order(customer);
		String intent = "pi_" + UUID.randomUUID();
		String completedEvent = "evt_" + UUID.randomUUID();
		String succeededEvent = "evt_" + UUID.randomUUID();

		deliver(StripeStubs.sessionEvent(completedEvent, COMPLETED, placed.paymentReference(), placed.id(), intent,
				placed.priceMinorUnits(), "ngn", "unpaid"), Instant.now());

		assertThat(this.records.webhookEvents("stripe", completedEvent)).containsExactly("IGNORED");
		assertThat(this.records.state(placed.id())).isEqualTo("AWAITING_PAYMENT");

		deliver(paidSession(succeededEvent, "checkout.session.async_payment_succeeded", placed, intent,
				placed.priceMinorUnits(), "ngn"), Instant.now());

		awaitStatus(customer, placed.id(), "COMPLETED");
		assertThat(this.simulator.purchaseCount(placed.id())).isOne();
	}

	@Test
	void refundsThroughStripeUnderOneIdempotencyKeyWhenDancityDefinitelyFailsThePurchase() {
		String customer = PaymentApi.newCustomer();
		Answer placed = order(customer);
		String intent = "pi_" + UUID.randomUUID();
		this.stripe.refundFailsOnceThenAnswers(intent, "re_after_retry", placed.priceMinorUnits(), "ngn");
		this.simulator.nextPurchaseFailsInside200();

		deliver(paidSession("evt_" + UUID.randomUUID(), COMPLETED, placed, intent, placed.priceMinorUnits(), "ngn"),
				Instant.now());

		awaitStatus(customer, placed.id(), "FAILED");
		JsonNode order = awaitRefund(customer, placed.id(), "REFUNDED");
		assertThat(order.path("refund").path("amount")).isEqualTo(order.path("price"));
		assertThat(this.records.payments(placed.id())).containsExactly("APPLIED:REFUNDED");
		assertThat(this.records.refundIds(placed.id())).containsExactly("re_after_retry");
		List<LoggedRequest> refunds = this.mock
			.findAll(postRequestedFor(urlPathEqualTo("/v1/refunds")).withFormParam("payment_intent", equalTo(intent)));
		assertThat(refunds).hasSize(2);
		assertThat(refunds).extracting((sent) -> sent.getHeader("Idempotency-Key"))
			.containsOnly("esimstore:refund:" + placed.id() + ":" + intent + ":full");
		this.mock.verify(2, postRequestedFor(urlPathEqualTo("/v1/refunds")).withHeader("Idempotency-Key",
				matching("esimstore:refund:" + placed.id() + ":.*")));
	}

	@Test
	void recordsAndRefundsAPaymentOfASessionThatOutlivedTheOrder() {
		String customer = PaymentApi.newCustomer();
		Answer placed = order(customer);
		String intent = "pi_" + UUID.randomUUID();
		this.stripe.refundAnswers(intent, "re_late", placed.priceMinorUnits(), "ngn");
		this.records.paymentWindowEndsIn(placed.id(), Duration.ofSeconds(-1));
		awaitStatus(customer, placed.id(), "CANCELLED");

		deliver(paidSession("evt_" + UUID.randomUUID(), COMPLETED, placed, intent, placed.priceMinorUnits(), "ngn"),
				Instant.now());

		JsonNode order = awaitRefund(customer, placed.id(), "REFUNDED");
		assertThat(order.path("status").asString()).isEqualTo("CANCELLED");
		assertThat(this.records.needsAttention(placed.id())).isTrue();
		assertThat(this.records.payments(placed.id())).containsExactly("REFUND_REQUIRED:REFUNDED");
		assertThat(this.simulator.purchaseCount(placed.id())).isZero();
	}

	@Test
	void cannotPayAStripeOrderThroughTheSandbox() {
		String customer = PaymentApi.newCustomer();
		Answer placed = order(customer);

		Answer paid = this.api.paySandbox(customer, placed.id());

		assertThat(paid.status()).isEqualTo(409);
		assertThat(paid.code()).isEqualTo("ORDER_NOT_PAYABLE");
		assertThat(this.records.state(placed.id())).isEqualTo("AWAITING_PAYMENT");
	}

	@Test
	void answersNotFoundForAProviderThatTakesNoWebhooksHere() {
		Answer sandbox = this.api.webhook("sandbox", "{}".getBytes(StandardCharsets.UTF_8), Map.of());
		Answer unknown = this.api.webhook("paypal", "{}".getBytes(StandardCharsets.UTF_8), Map.of());

		assertThat(List.of(sandbox, unknown)).allSatisfy((answer) -> {
			assertThat(answer.status()).isEqualTo(404);
			assertThat(answer.code()).isEqualTo("NOT_FOUND");
		});
	}

	private Answer order(String customer) {
		return this.api.placeOrder(customer, null,
				"{\"packageCode\": \"" + PACKAGE + "\", \"paymentProvider\": \"stripe\"}");
	}

	private static String paidSession(String eventId, String type, Answer placed, String intent, long amount,
			String currency) {
		return StripeStubs.sessionEvent(eventId, type, placed.paymentReference(), placed.id(), intent, amount, currency,
				"paid");
	}

	private Answer deliver(String body, Instant signedAt) {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		return this.api.webhook("stripe", bytes, Map.of("Stripe-Signature", PaymentProvidersMock.stripeSignature(bytes,
				signedAt.getEpochSecond(), ProviderTestSupport.STRIPE_WEBHOOK_SECRET)));
	}

	private JsonNode awaitStatus(String customer, String orderId, String status) {
		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(this.api.order(customer, orderId).text("status")).isEqualTo(status));
		return this.api.order(customer, orderId).body();
	}

	private JsonNode awaitRefund(String customer, String orderId, String status) {
		await().atMost(PATIENCE)
			.untilAsserted(
					() -> assertThat(this.api.order(customer, orderId).body().path("refund").path("status").asString())
						.isEqualTo(status));
		return this.api.order(customer, orderId).body();
	}

}
