package org.esimstore.checkout;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.esimstore.IntegrationTest;
import org.esimstore.checkout.CheckoutApi.Answer;
import org.esimstore.dancity.DancitySimulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Placing and reading orders: fixed prices, idempotency keys, validation, paging and
 * ownership.
 */
@IntegrationTest
class OrderApiTests {

	private static final String PACKAGE = DancitySimulator.QATAR_1GB_7DAYS;

	@Autowired
	RestTestClient client;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DancitySimulator simulator;

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
	}

	@Test
	void placesAnOrderAtAFixedPriceThatAwaitsPaymentAndSaysHowToPay() {
		String customer = CheckoutApi.newCustomer();

		Answer placed = this.api.orderEsim(customer, PACKAGE);

		assertThat(placed.status()).isEqualTo(201);
		JsonNode order = placed.body();
		assertThat(order.path("type").asString()).isEqualTo("ESIM");
		assertThat(order.path("status").asString()).isEqualTo("AWAITING_PAYMENT");
		assertThat(order.path("packageCode").asString()).isEqualTo(PACKAGE);
		assertThat(order.path("price").path("currency").asString()).isEqualTo("NGN");
		assertThat(order.path("price").path("amount").asString()).matches("\\d+\\.\\d{2}");
		assertThat(order.path("createdAt").asString()).isNotBlank();
		assertThat(order.path("esimId").isNull()).isTrue();
		assertThat(order.path("payment").path("provider").asString()).isEqualTo("sandbox");
		assertThat(order.path("payment").path("checkoutUrl").asString())
			.isEqualTo("/api/v1/sandbox/orders/" + placed.id() + "/pay");
		assertThat(this.records.events(placed.id())).containsExactly("PLACED", "PAYMENT_STARTED");
		assertThat(this.api.order(customer, placed.id()).body()).isEqualTo(order);
	}

	@Test
	void answersTheSameOrderWhenTheSameKeyAndBodyComeAgain() {
		String customer = CheckoutApi.newCustomer();
		String key = CheckoutApi.newKey();

		Answer first = this.api.placeOrder(customer, key, "{\"packageCode\": \"" + PACKAGE + "\"}");
		Answer again = this.api.placeOrder(customer, key,
				"{\"packageCode\": \"" + PACKAGE + "\", \"currency\": \"NGN\"}");

		assertThat(first.status()).isEqualTo(201);
		assertThat(again.status()).isEqualTo(200);
		assertThat(again.id()).isEqualTo(first.id());
		assertThat(again.body().path("price")).isEqualTo(first.body().path("price"));
		assertThat(this.records.countByIdempotencyKey(customer, key)).isOne();
	}

	@Test
	void refusesReusedIdempotencyKeyWithDifferentBody() {
		String customer = CheckoutApi.newCustomer();
		String key = CheckoutApi.newKey();
		this.api.placeOrder(customer, key, "{\"packageCode\": \"" + PACKAGE + "\"}");

		Answer reused = this.api.placeOrder(customer, key,
				"{\"packageCode\": \"" + DancitySimulator.NIGERIA_100MB_7DAYS + "\"}");

		assertThat(reused.status()).isEqualTo(422);
		assertThat(reused.code()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
		assertThat(this.records.countByIdempotencyKey(customer, key)).isOne();
	}

	@Test
	void keepsIdempotencyKeysApartBetweenCustomers() {
		String key = CheckoutApi.newKey();

		Answer alice = this.api.placeOrder(CheckoutApi.newCustomer(), key, "{\"packageCode\": \"" + PACKAGE + "\"}");
		Answer bob = this.api.placeOrder(CheckoutApi.newCustomer(), key, "{\"packageCode\": \"" + PACKAGE + "\"}");

		assertThat(alice.status()).isEqualTo(201);
		assertThat(bob.status()).isEqualTo(201);
		assertThat(bob.id()).isNotEqualTo(alice.id());
	}

	@Test
	void requiresAnIdempotencyKey() {
		Answer missing = this.api.placeOrder(CheckoutApi.newCustomer(), null, "{\"packageCode\": \"" + PACKAGE + "\"}");
		Answer unusable = this.api.placeOrder(CheckoutApi.newCustomer(), "two words",
				"{\"packageCode\": \"" + PACKAGE + "\"}");

		assertThat(missing.status()).isEqualTo(400);
		assertThat(missing.code()).isEqualTo("IDEMPOTENCY_KEY_REQUIRED");
		assertThat(unusable.status()).isEqualTo(400);
		assertThat(unusable.code()).isEqualTo("IDEMPOTENCY_KEY_REQUIRED");
	}

	@Test
	void refusesAnInvalidBodyNamingTheOffendingFields() {
		String customer = CheckoutApi.newCustomer();

		Answer invalid = this.api.placeOrder(customer, CheckoutApi.newKey(),
				"{\"packageCode\": \"no spaces!\", \"currency\": \"naira\"}");
		Answer empty = this.api.placeOrder(customer, CheckoutApi.newKey(), "{}");
		Answer malformed = this.api.placeOrder(customer, CheckoutApi.newKey(), "{\"packageCode\": ");

		assertThat(invalid.status()).isEqualTo(400);
		assertThat(invalid.code()).isEqualTo("VALIDATION_FAILED");
		assertThat(invalid.body().path("errors").findValuesAsString("field")).containsExactlyInAnyOrder("packageCode",
				"currency");
		assertThat(empty.status()).isEqualTo(400);
		assertThat(empty.body().path("errors").findValuesAsString("field")).containsExactly("packageCode");
		assertThat(malformed.status()).isEqualTo(400);
		assertThat(malformed.code()).isEqualTo("MALFORMED_REQUEST");
		assertThat(this.api.get("/api/v1/orders", customer).body().path("totalItems").asLong()).isZero();
	}

	@Test
	void refusesAnInvalidEmailOrPaymentProviderNamingTheFields() {
		String customer = CheckoutApi.newCustomer();

		Answer invalid = this.api.placeOrder(customer, CheckoutApi.newKey(), "{\"packageCode\": \"" + PACKAGE
				+ "\", \"email\": \"ada-at-example.com\", \"paymentProvider\": \"pay stack\"}");

		assertThat(invalid.status()).isEqualTo(400);
		assertThat(invalid.code()).isEqualTo("VALIDATION_FAILED");
		assertThat(invalid.body().path("errors").findValuesAsString("field")).containsExactlyInAnyOrder("email",
				"paymentProvider");
		assertThat(this.api.get("/api/v1/orders", customer).body().path("totalItems").asLong()).isZero();
	}

	@Test
	void refusesAPaymentProviderThatIsNotAvailableNamingTheAvailableOnes() {
		String customer = CheckoutApi.newCustomer();

		Answer refused = this.api.placeOrder(customer, CheckoutApi.newKey(),
				"{\"packageCode\": \"" + PACKAGE + "\", \"paymentProvider\": \"paypal\"}");

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.code()).isEqualTo("PAYMENT_PROVIDER_NOT_AVAILABLE");
		assertThat(refused.body().path("availableProviders").valueStream().map(JsonNode::asString))
			.containsExactlyInAnyOrder("sandbox", "paystack", "stripe");
		assertThat(this.api.get("/api/v1/orders", customer).body().path("totalItems").asLong()).isZero();
	}

	@Test
	void refusesAPackageThatIsNotSold() {
		Answer unknown = this.api.orderEsim(CheckoutApi.newCustomer(), "NOPE404");

		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.code()).isEqualTo("PACKAGE_NOT_FOUND");
		assertThat(unknown.text("detail")).contains("'NOPE404'");
	}

	@Test
	void refusesACurrencyThatDoesNotExist() {
		Answer answer = this.api.placeOrder(CheckoutApi.newCustomer(), CheckoutApi.newKey(),
				"{\"packageCode\": \"" + PACKAGE + "\", \"currency\": \"XXQ\"}");

		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.code()).isEqualTo("UNSUPPORTED_CURRENCY");
	}

	@Test
	void listsOnlyTheCustomersOwnOrdersNewestFirstInPages() {
		String customer = CheckoutApi.newCustomer();
		String first = this.api.orderEsim(customer, PACKAGE).id();
		String second = this.api.orderEsim(customer, PACKAGE).id();
		String third = this.api.orderEsim(customer, PACKAGE).id();
		this.api.orderEsim(CheckoutApi.newCustomer(), PACKAGE);

		JsonNode firstPage = this.api.get("/api/v1/orders?page=0&size=2", customer).body();
		JsonNode secondPage = this.api.get("/api/v1/orders?page=1&size=2", customer).body();

		assertThat(firstPage.path("items").findValuesAsString("id")).containsExactly(third, second);
		assertThat(secondPage.path("items").findValuesAsString("id")).containsExactly(first);
		assertThat(firstPage.path("page").asInt()).isZero();
		assertThat(firstPage.path("size").asInt()).isEqualTo(2);
		assertThat(firstPage.path("totalItems").asLong()).isEqualTo(3);
		assertThat(firstPage.path("totalPages").asInt()).isEqualTo(2);
	}

	@Test
	void refusesPagesOutOfRange() {
		Answer tooBig = this.api.get("/api/v1/orders?size=1000", CheckoutApi.newCustomer());
		Answer negative = this.api.get("/api/v1/orders?page=-1", CheckoutApi.newCustomer());

		assertThat(tooBig.status()).isEqualTo(400);
		assertThat(tooBig.code()).isEqualTo("VALIDATION_FAILED");
		assertThat(negative.status()).isEqualTo(400);
	}

	@Test
	void answersAnotherCustomersOrderExactlyLikeAMissingOne() {
		String owner = CheckoutApi.newCustomer();
		String stranger = CheckoutApi.newCustomer();
		String orderId = this.api.orderEsim(owner, PACKAGE).id();
		UUID missing = UUID.randomUUID();

		Answer foreign = this.api.order(stranger, orderId);
		Answer absent = this.api.order(stranger, missing);
		Answer foreignPayment = this.api.pay(stranger, orderId);

		assertThat(foreign.status()).isEqualTo(404);
		assertThat(absent.status()).isEqualTo(404);
		assertThat(foreign.code()).isEqualTo(absent.code()).isEqualTo("ORDER_NOT_FOUND");
		assertThat(foreign.text("detail")).isEqualTo(absent.text("detail").replace(missing.toString(), orderId));
		assertThat(foreignPayment.status()).isEqualTo(404);
		assertThat(foreignPayment.code()).isEqualTo("ORDER_NOT_FOUND");
		assertThat(this.records.state(orderId)).isEqualTo("AWAITING_PAYMENT");
		assertThat(this.api.get("/api/v1/orders", stranger).body().path("items").size()).isZero();
	}

	@Test
	void answersTopUpsOfAnEsimThatIsNotTheCustomersLikeAMissingOne() {
		UUID missing = UUID.randomUUID();
		String customer = CheckoutApi.newCustomer();

		Answer packages = this.api.get("/api/v1/esims/" + missing + "/topup-packages", customer);
		Answer topUp = this.api.send(HttpMethod.POST, "/api/v1/esims/" + missing + "/topups", customer,
				CheckoutApi.newKey(), "{\"packageCode\": \"TOPUP_X\"}");

		assertThat(packages.status()).isEqualTo(404);
		assertThat(packages.code()).isEqualTo("ESIM_NOT_FOUND");
		assertThat(topUp.status()).isEqualTo(404);
		assertThat(topUp.code()).isEqualTo("ESIM_NOT_FOUND");
	}

	@Test
	void requiresACustomerToken() {
		Answer anonymous = this.api.get("/api/v1/orders", null);
		Answer anonymousOrder = this.api.send(HttpMethod.POST, "/api/v1/orders", null, CheckoutApi.newKey(),
				"{\"packageCode\": \"" + PACKAGE + "\"}");

		assertThat(anonymous.status()).isEqualTo(401);
		assertThat(anonymousOrder.status()).isEqualTo(401);
	}

	@Test
	void refusesAnInvalidOrderId() {
		Answer answer = this.api.get("/api/v1/orders/not-a-uuid", CheckoutApi.newCustomer());

		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.code()).isEqualTo("INVALID_PARAMETER");
	}

	@Test
	void placesOneOrderForTwentyConcurrentRequestsWithOneKeyAndBuysItOnce() throws Exception {
		String customer = CheckoutApi.newCustomer();
		String key = CheckoutApi.newKey();
		List<Callable<Answer>> requests = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			requests.add(() -> this.api.placeOrder(customer, key, "{\"packageCode\": \"" + PACKAGE + "\"}"));
		}

		List<Answer> answers = new ArrayList<>();
		try (ExecutorService executor = Executors.newFixedThreadPool(20)) {
			for (Future<Answer> answer : executor.invokeAll(requests)) {
				answers.add(answer.get());
			}
		}

		assertThat(answers).extracting(Answer::status)
			.containsOnly(200, 201)
			.filteredOn((status) -> status == 201)
			.hasSize(1);
		Set<String> ids = Set.copyOf(answers.stream().map(Answer::id).toList());
		assertThat(ids).hasSize(1);
		assertThat(this.records.countByIdempotencyKey(customer, key)).isOne();

		String orderId = ids.iterator().next();
		List<Callable<Answer>> payments = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			payments.add(() -> this.api.pay(customer, orderId));
		}
		try (ExecutorService executor = Executors.newFixedThreadPool(5)) {
			for (Future<Answer> payment : executor.invokeAll(payments)) {
				assertThat(payment.get().status()).isEqualTo(200);
			}
		}
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(this.api.order(customer, orderId).text("status")).isEqualTo("COMPLETED"));
		assertThat(this.simulator.purchaseCount(this.records.customerRef(orderId))).isOne();
		assertThat(this.records.paymentOutcomes(orderId)).containsExactly("APPLIED");
	}

}
