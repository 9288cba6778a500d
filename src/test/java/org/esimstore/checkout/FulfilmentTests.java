package org.esimstore.checkout;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.esimstore.IntegrationTest;
import org.esimstore.checkout.CheckoutApi.Answer;
import org.esimstore.dancity.DancityClient;
import org.esimstore.dancity.DancityPurchaseRequest;
import org.esimstore.dancity.DancitySimulator;
import org.esimstore.dancity.DancityUnavailableException;
import org.esimstore.money.Money;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * A paid order is bought from the simulated Dancity exactly once, whatever fails, and
 * ends completed with an installable eSIM or failed and marked for refund.
 */
@IntegrationTest
class FulfilmentTests {

	private static final String PACKAGE = DancitySimulator.QATAR_1GB_7DAYS;

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	/** The reconciliation grace period set in {@code TestInfrastructure}. */
	private static final Duration GRACE = Duration.ofSeconds(3);

	@Autowired
	RestTestClient client;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DancitySimulator simulator;

	@Autowired
	DancityClient dancity;

	@Autowired
	CheckoutPayments payments;

	@Autowired
	Fulfilment fulfilment;

	@Autowired
	FulfilmentWorker worker;

	@Autowired
	CircuitBreakerRegistry circuitBreakers;

	private CheckoutApi api;

	private OrderRecords records;

	@BeforeEach
	void setUp() {
		this.api = new CheckoutApi(this.client);
		this.records = new OrderRecords(this.jdbc);
		this.simulator.reset();
		this.simulator.provisioningDelay(Duration.ZERO);
		this.api.browseCatalog();
	}

	@AfterEach
	void settle() {
		this.records.settle();
		this.circuitBreakers.circuitBreaker("dancity").reset();
	}

	@Test
	void buysAPaidOrderOnceAndCompletesItWithAnInstallableEsim() {
		this.simulator.provisioningDelay(Duration.ofSeconds(2));
		String customer = CheckoutApi.newCustomer();
		String orderId = this.api.orderEsim(customer, PACKAGE).id();
		BigDecimal balanceBefore = this.simulator.walletBalance();

		Answer paid = this.api.pay(customer, orderId);

		assertThat(paid.status()).isEqualTo(200);
		assertThat(paid.text("status")).isEqualTo("PROCESSING");
		await().atMost(PATIENCE).until(() -> this.records.state(orderId).equals("PROVISIONING"));
		assertThat(this.api.order(customer, orderId).text("status")).isEqualTo("PROCESSING");
		JsonNode order = awaitStatus(customer, orderId, "COMPLETED");
		String esimId = order.path("esimId").asString();
		JsonNode esim = this.api.get("/api/v1/esims/" + esimId, customer).body();
		assertThat(esim.path("iccid").asString()).isNotBlank();
		assertThat(esim.path("install").path("activationCode").asString()).startsWith("LPA:1$");
		assertThat(this.api.get("/api/v1/esims/" + esimId + "/qr", customer).status()).isEqualTo(200);
		assertThat(this.simulator.purchaseCount(orderId)).isOne();
		assertThat(balanceBefore.subtract(this.simulator.walletBalance()))
			.isEqualByComparingTo(this.simulator.priceInNaira(PACKAGE));
		assertThat(this.records.events(orderId)).startsWith("PLACED", "PAYMENT_STARTED", "PAID")
			.endsWith("PURCHASE_STARTED", "PURCHASE_ACCEPTED", "COMPLETED")
			.doesNotContain("PURCHASE_OUTCOME_UNKNOWN", "PURCHASE_REPEATED");
		assertThat(order.path("refund").isNull()).isTrue();
		assertThat(order.path("failureReason").isNull()).isTrue();
	}

	@Test
	void failsAndRefundsThePaymentWhenDancityReportsFailedInsideA200() {
		String customer = CheckoutApi.newCustomer();
		String orderId = this.api.orderEsim(customer, PACKAGE).id();
		this.simulator.nextPurchaseFailsInside200();

		this.api.pay(customer, orderId);

		JsonNode order = awaitStatus(customer, orderId, "FAILED");
		assertThat(order.path("failureReason").asString()).contains("refunded");
		assertThat(order.path("refund").path("amount")).isEqualTo(order.path("price"));
		assertThat(order.path("esimId").isNull()).isTrue();
		JsonNode refunded = awaitRefund(customer, orderId, "REFUNDED");
		assertThat(refunded.path("refund").path("amount")).isEqualTo(order.path("price"));
		assertThat(this.simulator.purchaseCount(orderId)).isOne();
		assertThat(this.records.paymentOutcomes(orderId)).containsExactly("APPLIED:REFUNDED");
		assertThat(this.records.events(orderId)).containsSubsequence("PURCHASE_STARTED", "PURCHASE_FAILED",
				"REFUND_STARTED", "REFUNDED");
		assertThat(this.records.events(orderId)).filteredOn("REFUND_STARTED"::equals).hasSize(1);
	}

	@Test
	void failsAndFlagsTheMerchantWhenTheDancityWalletCannotPay() {
		String customer = CheckoutApi.newCustomer();
		String orderId = this.api.orderEsim(customer, PACKAGE).id();
		this.simulator.walletBalance(BigDecimal.ONE);

		this.api.pay(customer, orderId);

		awaitStatus(customer, orderId, "FAILED");
		awaitRefund(customer, orderId, "REFUNDED");
		assertThat(this.records.needsAttention(orderId)).isTrue();
		assertThat(this.simulator.purchaseCount(orderId)).isOne();
	}

	@Test
	void adoptsAPurchaseDancityRecordedBeforeTheAnswerTimedOut() {
		String customer = CheckoutApi.newCustomer();
		String orderId = this.api.orderEsim(customer, PACKAGE).id();
		this.simulator.nextPurchaseRecordedThenTimesOut(Duration.ofSeconds(5));

		this.api.pay(customer, orderId);

		awaitStatus(customer, orderId, "COMPLETED");
		assertThat(this.simulator.purchaseCount(orderId)).isOne();
		assertThat(this.records.events(orderId)).containsSubsequence("PURCHASE_STARTED", "PURCHASE_OUTCOME_UNKNOWN",
				"PURCHASE_FOUND", "COMPLETED");
	}

	@Test
	void adoptsAPurchaseDancityRecordedBeforeTheConnectionWasReset() {
		String customer = CheckoutApi.newCustomer();
		String orderId = this.api.orderEsim(customer, PACKAGE).id();
		this.simulator.nextPurchaseRecordedThenConnectionReset();

		this.api.pay(customer, orderId);

		awaitStatus(customer, orderId, "COMPLETED");
		assertThat(this.simulator.purchaseCount(orderId)).isOne();
		assertThat(this.records.events(orderId)).contains("PURCHASE_OUTCOME_UNKNOWN", "PURCHASE_FOUND")
			.doesNotContain("PURCHASE_REPEATED");
	}

	@Test
	void adoptsAPurchaseDancityRecordedDespiteAnswering5xx() {
		String customer = CheckoutApi.newCustomer();
		String orderId = this.api.orderEsim(customer, PACKAGE).id();
		this.simulator.nextPurchaseAnswers5xx(true);

		this.api.pay(customer, orderId);

		awaitStatus(customer, orderId, "COMPLETED");
		assertThat(this.simulator.purchaseCount(orderId)).isOne();
		assertThat(this.records.events(orderId)).contains("PURCHASE_OUTCOME_UNKNOWN", "PURCHASE_FOUND")
			.doesNotContain("PURCHASE_REPEATED");
	}

	@Test
	void buysAgainOnceAfterTheGracePeriodWhenA5xxPurchaseWasNeverRecorded() {
		String customer = CheckoutApi.newCustomer();
		String orderId = this.api.orderEsim(customer, PACKAGE).id();
		BigDecimal balanceBefore = this.simulator.walletBalance();
		this.simulator.nextPurchaseAnswers5xx(false);

		this.api.pay(customer, orderId);

		awaitStatus(customer, orderId, "COMPLETED");
		assertThat(this.simulator.purchaseCount(orderId)).isEqualTo(2);
		assertThat(balanceBefore.subtract(this.simulator.walletBalance()))
			.isEqualByComparingTo(this.simulator.priceInNaira(PACKAGE));
		assertThat(this.records.events(orderId)).containsSubsequence("PURCHASE_OUTCOME_UNKNOWN", "PURCHASE_REPEATED",
				"PURCHASE_STARTED", "PURCHASE_ACCEPTED", "COMPLETED");
		assertThat(this.records.events(orderId)).filteredOn("PURCHASE_REPEATED"::equals).hasSize(1);
		assertThat(this.records.purchaseAttempts(orderId)).isEqualTo(2);
	}

	@Test
	void adoptsThePurchaseOfAnOrderLeftMidPurchaseWhenDancityHasIt() {
		String customer = CheckoutApi.newCustomer();
		String orderId = this.api.orderEsim(customer, PACKAGE).id();
		DancityPurchaseRequest purchase = new DancityPurchaseRequest(PACKAGE, this.records.customerRef(orderId), null);
		await().atMost(PATIENCE)
			.ignoreExceptionsInstanceOf(DancityUnavailableException.class)
			.untilAsserted(() -> this.dancity.purchase(purchase));
		this.records.leaveMidPurchase(orderId, Duration.ofMinutes(3));

		this.fulfilment.reconcileUnclearPurchases();

		awaitStatus(customer, orderId, "COMPLETED");
		assertThat(this.simulator.purchaseCount(orderId)).isOne();
		assertThat(this.records.events(orderId)).containsSubsequence("PURCHASE_INTERRUPTED", "PURCHASE_FOUND",
				"COMPLETED");
	}

	@Test
	void buysAnOrderLeftMidPurchaseOnceAfterTheGracePeriodWhenDancityNeverGotIt() {
		String customer = CheckoutApi.newCustomer();
		String orderId = this.api.orderEsim(customer, PACKAGE).id();
		Instant leftAt = Instant.now();
		this.records.leaveMidPurchase(orderId, Duration.ZERO);

		this.fulfilment.reconcileUnclearPurchases();

		awaitStatus(customer, orderId, "COMPLETED");
		assertThat(this.simulator.purchases()).filteredOn((attempt) -> orderId.equals(attempt.customerRef()))
			.singleElement()
			.satisfies((attempt) -> assertThat(attempt.receivedAt()).isAfterOrEqualTo(leftAt.plus(GRACE)));
		assertThat(this.records.events(orderId)).containsSubsequence("PURCHASE_INTERRUPTED", "PURCHASE_REPEATED",
				"PURCHASE_STARTED", "PURCHASE_ACCEPTED", "COMPLETED");
		assertThat(this.records.events(orderId)).filteredOn("PURCHASE_REPEATED"::equals).hasSize(1);
	}

	@Test
	void completesEveryOrderOfABurstAboveThePurchaseRateLimit() {
		String customer = CheckoutApi.newCustomer();
		List<String> orderIds = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			orderIds.add(this.api.orderEsim(customer, PACKAGE).id());
		}

		orderIds.forEach((orderId) -> this.api.pay(customer, orderId));

		await().atMost(Duration.ofSeconds(90))
			.untilAsserted(() -> assertThat(orderIds).allSatisfy(
					(orderId) -> assertThat(this.api.order(customer, orderId).text("status")).isEqualTo("COMPLETED")));
		assertThat(orderIds).allSatisfy((orderId) -> assertThat(this.simulator.purchaseCount(orderId)).isOne());
		assertThat(orderIds.stream().flatMap((orderId) -> this.records.events(orderId).stream()))
			.contains("PURCHASE_DEFERRED");
	}

	@Test
	void recordsASecondPaymentForRefundWithoutFulfillingTheOrderTwice() {
		String customer = CheckoutApi.newCustomer();
		Answer placed = this.api.orderEsim(customer, PACKAGE);
		UUID orderId = UUID.fromString(placed.id());
		Money price = Money.of(placed.body().path("price").path("amount").asString(), "NGN");

		PaymentConfirmation first = this.payments.confirmPayment(orderId, new PaymentReceived("test", "pay-1", price));
		PaymentConfirmation repeated = this.payments.confirmPayment(orderId,
				new PaymentReceived("test", "pay-1", price));
		PaymentConfirmation second = this.payments.confirmPayment(orderId, new PaymentReceived("test", "pay-2", price));

		assertThat(first.outcome()).isEqualTo(PaymentOutcome.APPLIED);
		assertThat(first.repeated()).isFalse();
		assertThat(repeated.outcome()).isEqualTo(PaymentOutcome.APPLIED);
		assertThat(repeated.repeated()).isTrue();
		assertThat(second.outcome()).isEqualTo(PaymentOutcome.REFUND_REQUIRED);
		awaitStatus(customer, placed.id(), "COMPLETED");
		assertThat(this.simulator.purchaseCount(placed.id())).isOne();
		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(this.records.paymentOutcomes(placed.id())).containsExactly("APPLIED",
					"REFUND_REQUIRED:REFUND_MANUAL"));
		assertThat(this.records.needsAttention(placed.id())).isTrue();
	}

	@Test
	void confirmsAPaymentByThePaymentReferenceTheOrderWasGiven() {
		String customer = CheckoutApi.newCustomer();
		Answer placed = this.api.orderEsim(customer, PACKAGE);
		String reference = placed.body().path("payment").path("reference").asString();
		Money price = Money.of(placed.body().path("price").path("amount").asString(), "NGN");

		PaymentConfirmation confirmation = this.payments.confirmPaymentByReference(reference,
				new PaymentReceived("test", "by-reference-" + placed.id(), price));

		assertThat(confirmation.orderId()).hasToString(placed.id());
		assertThat(confirmation.outcome()).isEqualTo(PaymentOutcome.APPLIED);
		awaitStatus(customer, placed.id(), "COMPLETED");
		assertThatExceptionOfType(OrderNotFoundException.class).isThrownBy(() -> this.payments
			.confirmPaymentByReference("no-such-reference", new PaymentReceived("test", "orphan", price)));
	}

	@Test
	void doesNotFulfilAPaymentOfTheWrongAmount() {
		String customer = CheckoutApi.newCustomer();
		String orderId = this.api.orderEsim(customer, PACKAGE).id();

		PaymentConfirmation confirmation = this.payments.confirmPayment(UUID.fromString(orderId),
				new PaymentReceived("test", "short-" + orderId, Money.of("1.00", "NGN")));

		assertThat(confirmation.outcome()).isEqualTo(PaymentOutcome.REFUND_REQUIRED);
		assertThat(this.records.state(orderId)).isEqualTo("AWAITING_PAYMENT");
		assertThat(this.records.needsAttention(orderId)).isTrue();
		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(this.records.paymentOutcomes(orderId))
				.containsExactly("REFUND_REQUIRED:REFUND_MANUAL"));
		assertThat(this.records.events(orderId)).contains("PAYMENT_REFUND_REQUIRED", "REFUND_MANUAL");
		assertThat(this.simulator.purchaseCount(orderId)).isZero();
	}

	@Test
	void cancelsAnOrderNotPaidInTimeAndRefusesToPayItLater() {
		String customer = CheckoutApi.newCustomer();
		String orderId = this.api.orderEsim(customer, PACKAGE).id();
		this.records.expirePaymentWindow(orderId);

		this.worker.housekeeping();
		Answer payment = this.api.pay(customer, orderId);

		assertThat(this.api.order(customer, orderId).text("status")).isEqualTo("CANCELLED");
		assertThat(payment.status()).isEqualTo(409);
		assertThat(payment.code()).isEqualTo("ORDER_NOT_PAYABLE");
		assertThat(this.simulator.purchaseCount(orderId)).isZero();
	}

	@Test
	void flagsAPaidOrderStuckBeyondTheProvisioningLimit() {
		String customer = CheckoutApi.newCustomer();
		String orderId = this.api.orderEsim(customer, PACKAGE).id();
		this.jdbc.update("""
				UPDATE orders SET status = 'PROVISIONING', paid_at = now() - interval '2 hours',
				    next_attempt_at = now() + interval '1 hour'
				WHERE id = ?::uuid""", orderId);

		this.worker.housekeeping();

		assertThat(this.records.needsAttention(orderId)).isTrue();
		assertThat(this.records.events(orderId)).endsWith("ATTENTION_NEEDED");
		assertThat(this.api.order(customer, orderId).text("status")).isEqualTo("PROCESSING");
	}

	private JsonNode awaitRefund(String customer, String orderId, String status) {
		await().atMost(PATIENCE)
			.untilAsserted(
					() -> assertThat(this.api.order(customer, orderId).body().path("refund").path("status").asString())
						.isEqualTo(status));
		return this.api.order(customer, orderId).body();
	}

	private JsonNode awaitStatus(String customer, String orderId, String status) {
		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(this.api.order(customer, orderId).text("status")).isEqualTo(status));
		return this.api.order(customer, orderId).body();
	}

}
