package org.esimstore.checkout;

import java.time.Duration;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.esimstore.IntegrationTest;
import org.esimstore.checkout.CheckoutApi.Answer;
import org.esimstore.dancity.DancitySimulator;
import org.esimstore.dancity.PurchaseAttempt;
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
 * Top-ups of a customer's own eSIM go through the same pay, buy and complete path as new
 * eSIMs, with the eSIM's ICCID.
 */
@IntegrationTest
class TopUpTests {

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	@Autowired
	RestTestClient client;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DancitySimulator simulator;

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
	void listsTheTopUpsOfTheCustomersEsimAtRetailPrices() {
		String customer = CheckoutApi.newCustomer();
		String esimId = buyEsim(customer);

		Answer packages = this.api.get("/api/v1/esims/" + esimId + "/topup-packages", customer);

		assertThat(packages.status()).isEqualTo(200);
		assertThat(packages.text("esimId")).isEqualTo(esimId);
		JsonNode first = packages.body().path("items").path(0);
		assertThat(first.path("packageCode").asString()).isNotBlank();
		assertThat(first.path("dataBytes").asLong()).isPositive();
		assertThat(first.path("price").path("currency").asString()).isEqualTo("NGN");
		assertThat(first.path("price").path("amount").asString()).matches("\\d+\\.\\d{2}");
	}

	@Test
	void buysATopUpWithTheEsimsIccidAndRefreshesItsDataRemaining() {
		String customer = CheckoutApi.newCustomer();
		String esimId = buyEsim(customer);
		JsonNode esim = this.api.get("/api/v1/esims/" + esimId, customer).body();
		String topUp = firstTopUp(customer, esimId);

		Answer placed = orderTopUp(customer, esimId, CheckoutApi.newKey(), topUp);
		assertThat(placed.status()).isEqualTo(201);
		assertThat(placed.text("type")).isEqualTo("TOPUP");
		assertThat(placed.text("status")).isEqualTo("AWAITING_PAYMENT");
		assertThat(placed.text("esimId")).isEqualTo(esimId);
		this.api.pay(customer, placed.id());

		awaitStatus(customer, placed.id(), "COMPLETED");
		assertThat(this.simulator.purchaseCount(placed.id())).isOne();
		PurchaseAttempt purchase = this.simulator.purchases()
			.stream()
			.filter((attempt) -> placed.id().equals(attempt.customerRef()))
			.findFirst()
			.orElseThrow();
		assertThat(purchase.iccid()).isEqualTo(esim.path("iccid").asString());
		assertThat(purchase.packageCode()).isEqualTo(topUp);
		JsonNode refreshed = this.api.get("/api/v1/esims/" + esimId, customer).body();
		assertThat(refreshed.path("dataRemainingBytes").asLong())
			.isGreaterThan(esim.path("dataRemainingBytes").asLong());
	}

	@Test
	void answersTheSameTopUpOrderForARepeatedRequest() {
		String customer = CheckoutApi.newCustomer();
		String esimId = buyEsim(customer);
		String topUp = firstTopUp(customer, esimId);
		String key = CheckoutApi.newKey();

		Answer first = orderTopUp(customer, esimId, key, topUp);
		Answer again = orderTopUp(customer, esimId, key, topUp);
		Answer otherEsim = this.api.placeOrder(customer, key, "{\"packageCode\": \"" + topUp + "\"}");

		assertThat(again.status()).isEqualTo(200);
		assertThat(again.id()).isEqualTo(first.id());
		assertThat(otherEsim.status()).isEqualTo(422);
		assertThat(otherEsim.code()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
	}

	@Test
	void refusesAPackageThatIsNotATopUpOfTheEsim() {
		String customer = CheckoutApi.newCustomer();
		String esimId = buyEsim(customer);

		Answer answer = orderTopUp(customer, esimId, CheckoutApi.newKey(), DancitySimulator.QATAR_1GB_7DAYS);

		assertThat(answer.status()).isEqualTo(404);
		assertThat(answer.code()).isEqualTo("PACKAGE_NOT_FOUND");
	}

	@Test
	void refusesTopUpsWhileTheEsimsStatusRulesThemOut() {
		String customer = CheckoutApi.newCustomer();
		String esimId = buyEsim(customer);
		String topUp = firstTopUp(customer, esimId);
		this.jdbc.update("UPDATE esim SET status = 'EXPIRED', refreshed_at = now(), refresh_attempted_at = now() "
				+ "WHERE id = ?::uuid", esimId);

		Answer packages = this.api.get("/api/v1/esims/" + esimId + "/topup-packages", customer);
		Answer order = orderTopUp(customer, esimId, CheckoutApi.newKey(), topUp);

		assertThat(packages.status()).isEqualTo(409);
		assertThat(packages.code()).isEqualTo("TOPUP_NOT_ALLOWED");
		assertThat(order.status()).isEqualTo(409);
		assertThat(order.code()).isEqualTo("TOPUP_NOT_ALLOWED");
	}

	@Test
	void answersAnotherCustomersEsimLikeAMissingOne() {
		String owner = CheckoutApi.newCustomer();
		String stranger = CheckoutApi.newCustomer();
		String esimId = buyEsim(owner);
		String topUp = firstTopUp(owner, esimId);

		Answer packages = this.api.get("/api/v1/esims/" + esimId + "/topup-packages", stranger);
		Answer order = orderTopUp(stranger, esimId, CheckoutApi.newKey(), topUp);

		assertThat(packages.status()).isEqualTo(404);
		assertThat(packages.code()).isEqualTo("ESIM_NOT_FOUND");
		assertThat(order.status()).isEqualTo(404);
		assertThat(order.code()).isEqualTo("ESIM_NOT_FOUND");
	}

	private String buyEsim(String customer) {
		String orderId = this.api.orderEsim(customer, DancitySimulator.QATAR_1GB_7DAYS).id();
		this.api.pay(customer, orderId);
		return awaitStatus(customer, orderId, "COMPLETED").path("esimId").asString();
	}

	private String firstTopUp(String customer, String esimId) {
		String code = this.api.get("/api/v1/esims/" + esimId + "/topup-packages", customer)
			.body()
			.path("items")
			.path(0)
			.path("packageCode")
			.asString();
		assertThat(code).isNotBlank();
		return code;
	}

	private Answer orderTopUp(String customer, String esimId, String key, String packageCode) {
		return this.api.send(HttpMethod.POST, "/api/v1/esims/" + esimId + "/topups", customer, key,
				"{\"packageCode\": \"" + packageCode + "\"}");
	}

	private JsonNode awaitStatus(String customer, String orderId, String status) {
		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(this.api.order(customer, orderId).text("status")).isEqualTo(status));
		return this.api.order(customer, orderId).body();
	}

}
