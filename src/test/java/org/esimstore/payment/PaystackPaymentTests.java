package org.esimstore.payment;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import com.github.tomakehurst.wiremock.WireMockServer;
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
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Paying with Paystack end to end, against WireMock standing in for Paystack's API:
 * orders start a Paystack transaction, signed {@code charge.success} webhooks are
 * verified on Paystack's API before an order counts as paid, and failed or unusable
 * payments are refunded through Paystack exactly once.
 */
@IntegrationTest
class PaystackPaymentTests {

	private static final String PACKAGE = DancitySimulator.QATAR_1GB_7DAYS;

	private static final String EMAIL = "ada@example.com";

	private static final Duration PATIENCE = Duration.ofSeconds(30);

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

	private PaystackStubs paystack;

	private WireMockServer mock;

	@BeforeEach
	void setUp() {
		this.api = new PaymentApi(this.client);
		this.records = new PaymentRecords(this.jdbc);
		this.mock = this.providers.server();
		this.mock.resetAll();
		this.paystack = new PaystackStubs(this.mock);
		this.paystack.initializeAnswers();
		this.simulator.reset();
		this.simulator.provisioningDelay(Duration.ZERO);
		this.api.browseCatalog();
	}

	@AfterEach
	void settle() {
		this.records.settle();
	}

	@Test
	void startsAPaystackTransactionForTheOrdersAmountInKoboAndSaysHowToPay() {
		String customer = PaymentApi.newCustomer();

		Answer placed = order(customer, EMAIL);

		assertThat(placed.status()).isEqualTo(201);
		JsonNode payment = placed.body().path("payment");
		assertThat(payment.path("provider").asString()).isEqualTo("paystack");
		assertThat(payment.path("reference").asString()).startsWith(placed.id() + "-");
		assertThat(payment.path("checkoutUrl").asString()).startsWith("https://checkout.paystack.com/");
		assertThat(payment.path("clientSecret").asString()).isNotBlank();
		this.mock.verify(postRequestedFor(urlPathEqualTo("/transaction/initialize"))
			.withHeader("Authorization", equalTo("Bearer " + ProviderTestSupport.PAYSTACK_SECRET))
			.withRequestBody(equalToJson("""
					{
					  "reference": "%s",
					  "amount": "%d",
					  "currency": "NGN",
					  "email": "%s",
					  "metadata": { "order_id": "%s" }
					}
					""".formatted(payment.path("reference").asString(), placed.priceMinorUnits(), EMAIL,
					placed.id()))));
	}

	@Test
	void takesTheEmailAddressFromTheCustomersTokenWhenTheRequestHasNone() {
		String customer = PaymentApi.newCustomer();

		Answer placed = this.api.placeOrder(customer, "grace@example.com",
				"{\"packageCode\": \"" + PACKAGE + "\", \"paymentProvider\": \"paystack\"}");

		assertThat(placed.status()).isEqualTo(201);
		this.mock.verify(postRequestedFor(urlPathEqualTo("/transaction/initialize"))
			.withRequestBody(matchingJsonPath("$.email", equalTo("grace@example.com"))));
	}

	@Test
	void refusesAPaystackOrderWithoutAnEmailAddressBeforeStoringIt() {
		String customer = PaymentApi.newCustomer();

		Answer refused = this.api.placeOrder(customer, null,
				"{\"packageCode\": \"" + PACKAGE + "\", \"paymentProvider\": \"paystack\"}");

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.code()).isEqualTo("EMAIL_REQUIRED");
		assertThat(this.records.ordersOf(customer)).isZero();
		assertThat(this.mock.findAll(postRequestedFor(urlPathEqualTo("/transaction/initialize")))).isEmpty();
	}

	@Test
	void fulfilsAnOrderOnceWhenPaystackConfirmsTheSignedChargeSuccess() {
		String customer = PaymentApi.newCustomer();
		Answer placed = order(customer, EMAIL);
		String reference = placed.paymentReference();
		long transactionId = transactionId();
		this.paystack.verifyAnswers(reference, transactionId, placed.priceMinorUnits(), "NGN", "success");

		Answer delivered = deliver(
				PaystackStubs.chargeSuccess(transactionId, reference, placed.priceMinorUnits(), "NGN"));

		assertThat(delivered.status()).isEqualTo(200);
		assertThat(delivered.body().path("duplicate").asBoolean()).isFalse();
		awaitStatus(customer, placed.id(), "COMPLETED");
		assertThat(this.simulator.purchaseCount(placed.id())).isOne();
		assertThat(this.records.payments(placed.id())).containsExactly("APPLIED");
		assertThat(this.records.webhookEvents("paystack", "charge.success:" + transactionId))
			.containsExactly("PROCESSED");
		assertThat(this.records.events(placed.id())).containsSubsequence("PAYMENT_STARTED", "PAYMENT_NOTIFIED", "PAID",
				"PURCHASE_ACCEPTED", "COMPLETED");
		this.mock.verify(1, getRequestedFor(urlPathEqualTo("/transaction/verify/" + reference)));
	}

	@Test
	void buysOnceWhateverNumberOfTimesTheSameChargeSuccessArrivesEvenAtOnce() throws Exception {
		String customer = PaymentApi.newCustomer();
		Answer placed = order(customer, EMAIL);
		String reference = placed.paymentReference();
		long transactionId = transactionId();
		this.paystack.verifyAnswers(reference, transactionId, placed.priceMinorUnits(), "NGN", "success");
		String body = PaystackStubs.chargeSuccess(transactionId, reference, placed.priceMinorUnits(), "NGN");
		List<Callable<Answer>> deliveries = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			deliveries.add(() -> deliver(body));
		}

		List<Answer> answers = new ArrayList<>();
		try (ExecutorService executor = Executors.newFixedThreadPool(5)) {
			for (Future<Answer> answer : executor.invokeAll(deliveries)) {
				answers.add(answer.get());
			}
		}
		awaitStatus(customer, placed.id(), "COMPLETED");
		Answer replayed = deliver(body);

		assertThat(answers).extracting(Answer::status).containsOnly(200);
		assertThat(answers).filteredOn((answer) -> !answer.body().path("duplicate").asBoolean()).hasSize(1);
		assertThat(replayed.status()).isEqualTo(200);
		assertThat(replayed.body().path("duplicate").asBoolean()).isTrue();
		assertThat(this.records.webhookEvents("paystack", "charge.success:" + transactionId)).hasSize(1);
		assertThat(this.simulator.purchaseCount(placed.id())).isOne();
		assertThat(this.records.payments(placed.id())).containsExactly("APPLIED");
		this.mock.verify(1, getRequestedFor(urlPathEqualTo("/transaction/verify/" + reference)));
	}

	@Test
	void refusesAWebhookWithAMissingOrWrongSignatureAndChangesNothing() {
		String customer = PaymentApi.newCustomer();
		Answer placed = order(customer, EMAIL);
		String reference = placed.paymentReference();
		long transactionId = transactionId();
		this.paystack.verifyAnswers(reference, transactionId, placed.priceMinorUnits(), "NGN", "success");
		byte[] body = PaystackStubs.chargeSuccess(transactionId, reference, placed.priceMinorUnits(), "NGN")
			.getBytes(StandardCharsets.UTF_8);

		Answer unsigned = this.api.webhook("paystack", body, Map.of());
		Answer forged = this.api.webhook("paystack", body,
				Map.of("x-paystack-signature", PaymentProvidersMock.paystackSignature(body, "sk_test_someone_else")));
		byte[] tampered = new String(body, StandardCharsets.UTF_8)
			.replace("\"amount\": " + placed.priceMinorUnits(), "\"amount\": 1")
			.getBytes(StandardCharsets.UTF_8);
		Answer altered = this.api.webhook("paystack", tampered, Map.of("x-paystack-signature",
				PaymentProvidersMock.paystackSignature(body, ProviderTestSupport.PAYSTACK_SECRET)));

		assertThat(List.of(unsigned, forged, altered)).allSatisfy((answer) -> {
			assertThat(answer.status()).isEqualTo(400);
			assertThat(answer.code()).isEqualTo("INVALID_WEBHOOK_SIGNATURE");
		});
		assertThat(this.records.webhookEventsForReference(reference)).isZero();
		assertThat(this.records.state(placed.id())).isEqualTo("AWAITING_PAYMENT");
		assertThat(this.records.events(placed.id())).doesNotContain("PAYMENT_NOTIFIED", "PAID");
		assertThat(this.mock.findAll(getRequestedFor(urlPathEqualTo("/transaction/verify/" + reference)))).isEmpty();
	}

	@Test
	void recordsAndRefundsAPaymentOfTheWrongAmountWithoutFulfillingTheOrder() {
		String customer = PaymentApi.newCustomer();
		Answer placed = order(customer, EMAIL);
		String reference = placed.paymentReference();
		long transactionId = transactionId();
		this.paystack.verifyAnswers(reference, transactionId, 100, "NGN", "success");
		this.paystack.refundAnswers(transactionId, 3046L, 100);

		deliver(PaystackStubs.chargeSuccess(transactionId, reference, placed.priceMinorUnits(), "NGN"));

		JsonNode order = awaitRefund(customer, placed.id(), "REFUNDED");
		assertThat(order.path("status").asString()).isEqualTo("AWAITING_PAYMENT");
		assertThat(order.path("refund").path("amount").path("amount").asString()).isEqualTo("1.00");
		assertThat(this.records.needsAttention(placed.id())).isTrue();
		assertThat(this.records.payments(placed.id())).containsExactly("REFUND_REQUIRED:REFUNDED");
		assertThat(this.records.refundIds(placed.id())).containsExactly("3046");
		assertThat(this.simulator.purchaseCount(placed.id())).isZero();
		this.mock.verify(1, postRequestedFor(urlPathEqualTo("/refund"))
			.withRequestBody(equalToJson("{\"transaction\": \"" + transactionId + "\"}")));
	}

	@Test
	void recordsAndRefundsAPaymentInTheWrongCurrencyWithoutFulfillingTheOrder() {
		String customer = PaymentApi.newCustomer();
		Answer placed = order(customer, EMAIL);
		String reference = placed.paymentReference();
		long transactionId = transactionId();
		this.paystack.verifyAnswers(reference, transactionId, placed.priceMinorUnits(), "GHS", "success");
		this.paystack.refundAnswers(transactionId, 3047L, placed.priceMinorUnits());

		deliver(PaystackStubs.chargeSuccess(transactionId, reference, placed.priceMinorUnits(), "GHS"));

		awaitRefund(customer, placed.id(), "REFUNDED");
		assertThat(this.records.state(placed.id())).isEqualTo("AWAITING_PAYMENT");
		assertThat(this.records.needsAttention(placed.id())).isTrue();
		assertThat(this.records.payments(placed.id())).containsExactly("REFUND_REQUIRED:REFUNDED");
		assertThat(this.simulator.purchaseCount(placed.id())).isZero();
	}

	@Test
	void setsAsideAWebhookForAReferenceNoOrderHasWithoutAskingPaystack() {
		String reference = "another-shop-" + transactionId();
		long transactionId = transactionId();

		Answer delivered = deliver(PaystackStubs.chargeSuccess(transactionId, reference, 500000, "NGN"));

		assertThat(delivered.status()).isEqualTo(200);
		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(this.records.webhookEvents("paystack", "charge.success:" + transactionId))
				.containsExactly("UNMATCHED"));
		assertThat(this.mock.findAll(getRequestedFor(urlPathEqualTo("/transaction/verify/" + reference)))).isEmpty();
	}

	@Test
	void keepsTheOrderOpenAndVerifiesAgainLaterWhilePaystackCannotVerify() {
		String customer = PaymentApi.newCustomer();
		Answer placed = order(customer, EMAIL);
		String reference = placed.paymentReference();
		long transactionId = transactionId();
		this.paystack.verifyFailsThenAnswers(reference, 4, transactionId, placed.priceMinorUnits());
		this.records.paymentWindowEndsIn(placed.id(), Duration.ofSeconds(2));

		deliver(PaystackStubs.chargeSuccess(transactionId, reference, placed.priceMinorUnits(), "NGN"));

		assertThat(this.records.paymentExpiresAt(placed.id())).isAfter(Instant.now().plus(Duration.ofHours(23)));
		awaitStatus(customer, placed.id(), "COMPLETED");
		assertThat(this.records.webhookAttempts("paystack", "charge.success:" + transactionId)).isEqualTo(5);
		assertThat(this.records.events(placed.id())).doesNotContain("EXPIRED");
		assertThat(this.simulator.purchaseCount(placed.id())).isOne();
	}

	@Test
	void appliesNothingWhenPaystackSaysTheTransactionWasNotPaid() {
		String customer = PaymentApi.newCustomer();
		Answer placed = order(customer, EMAIL);
		String reference = placed.paymentReference();
		long transactionId = transactionId();
		this.paystack.verifyAnswers(reference, transactionId, placed.priceMinorUnits(), "NGN", "abandoned");

		deliver(PaystackStubs.chargeSuccess(transactionId, reference, placed.priceMinorUnits(), "NGN"));

		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(this.records.webhookEvents("paystack", "charge.success:" + transactionId))
				.containsExactly("REJECTED"));
		assertThat(this.records.state(placed.id())).isEqualTo("AWAITING_PAYMENT");
		assertThat(this.records.payments(placed.id())).isEmpty();
	}

	@Test
	void refundsThroughPaystackOnceWhenDancityDefinitelyFailsThePurchase() {
		String customer = PaymentApi.newCustomer();
		Answer placed = order(customer, EMAIL);
		String reference = placed.paymentReference();
		long transactionId = transactionId();
		this.paystack.verifyAnswers(reference, transactionId, placed.priceMinorUnits(), "NGN", "success");
		this.paystack.refundAnswers(transactionId, 3048L, placed.priceMinorUnits());
		this.simulator.nextPurchaseFailsInside200();

		deliver(PaystackStubs.chargeSuccess(transactionId, reference, placed.priceMinorUnits(), "NGN"));

		awaitStatus(customer, placed.id(), "FAILED");
		JsonNode order = awaitRefund(customer, placed.id(), "REFUNDED");
		assertThat(order.path("refund").path("amount")).isEqualTo(order.path("price"));
		assertThat(this.records.payments(placed.id())).containsExactly("APPLIED:REFUNDED");
		assertThat(this.records.events(placed.id())).containsSubsequence("PURCHASE_FAILED", "REFUND_STARTED",
				"REFUNDED");
		assertThat(this.simulator.purchaseCount(placed.id())).isOne();
		this.mock.verify(1, postRequestedFor(urlPathEqualTo("/refund"))
			.withRequestBody(equalToJson("{\"transaction\": \"" + transactionId + "\"}")));
	}

	@Test
	void looksARefundWithAnUnclearOutcomeUpInsteadOfSendingItAgain() {
		String customer = PaymentApi.newCustomer();
		Answer placed = order(customer, EMAIL);
		String reference = placed.paymentReference();
		long transactionId = transactionId();
		this.paystack.verifyAnswers(reference, transactionId, placed.priceMinorUnits(), "NGN", "success");
		this.paystack.refundTimesOutButIsMade(transactionId, 3049L, placed.priceMinorUnits());
		this.simulator.nextPurchaseFailsInside200();

		deliver(PaystackStubs.chargeSuccess(transactionId, reference, placed.priceMinorUnits(), "NGN"));

		awaitRefund(customer, placed.id(), "REFUNDED");
		assertThat(this.records.refundIds(placed.id())).containsExactly("3049");
		assertThat(this.records.events(placed.id())).containsSubsequence("REFUND_STARTED", "REFUND_DEFERRED",
				"REFUND_STARTED", "REFUNDED");
		this.mock.verify(1, postRequestedFor(urlPathEqualTo("/refund")));
		this.mock.verify(1, getRequestedFor(urlPathEqualTo("/refund")).withQueryParam("transaction",
				equalTo(String.valueOf(transactionId))));
	}

	@Test
	void recordsAndRefundsAPaymentForAnOrderCancelledBeforeItArrived() {
		String customer = PaymentApi.newCustomer();
		Answer placed = order(customer, EMAIL);
		String reference = placed.paymentReference();
		long transactionId = transactionId();
		this.paystack.verifyAnswers(reference, transactionId, placed.priceMinorUnits(), "NGN", "success");
		this.paystack.refundAnswers(transactionId, 3050L, placed.priceMinorUnits());
		this.records.paymentWindowEndsIn(placed.id(), Duration.ofSeconds(-1));
		awaitStatus(customer, placed.id(), "CANCELLED");

		deliver(PaystackStubs.chargeSuccess(transactionId, reference, placed.priceMinorUnits(), "NGN"));

		JsonNode order = awaitRefund(customer, placed.id(), "REFUNDED");
		assertThat(order.path("status").asString()).isEqualTo("CANCELLED");
		assertThat(order.path("refund").path("amount")).isEqualTo(order.path("price"));
		assertThat(this.records.needsAttention(placed.id())).isTrue();
		assertThat(this.records.payments(placed.id())).containsExactly("REFUND_REQUIRED:REFUNDED");
		assertThat(this.records.events(placed.id())).containsSubsequence("EXPIRED", "PAYMENT_REFUND_REQUIRED",
				"REFUNDED");
		assertThat(this.simulator.purchaseCount(placed.id())).isZero();
	}

	private Answer order(String customer, String email) {
		return this.api.placeOrder(customer, null, "{\"packageCode\": \"" + PACKAGE
				+ "\", \"paymentProvider\": \"paystack\", \"email\": \"" + email + "\"}");
	}

	private Answer deliver(String body) {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		return this.api.webhook("paystack", bytes, Map.of("x-paystack-signature",
				PaymentProvidersMock.paystackSignature(bytes, ProviderTestSupport.PAYSTACK_SECRET)));
	}

	private static long transactionId() {
		return ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_000_000_000L);
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
