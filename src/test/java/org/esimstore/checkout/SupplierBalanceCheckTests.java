package org.esimstore.checkout;

import java.math.BigDecimal;
import java.time.Duration;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.esimstore.IntegrationTest;
import org.esimstore.checkout.CheckoutApi.Answer;
import org.esimstore.dancity.DancitySimulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No order is taken, and so no money, while the simulated Dancity's wallet cannot pay for
 * it on top of the orders paid and not bought yet.
 */
@IntegrationTest
class SupplierBalanceCheckTests {

	private static final String PACKAGE = DancitySimulator.QATAR_1GB_7DAYS;

	private static final String WALLET = "/api/v1/wallet";

	@Autowired
	RestTestClient client;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DancitySimulator simulator;

	@Autowired
	SupplierBalance supplierBalance;

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
		this.supplierBalance.forget();
		this.api.browseCatalog();
	}

	@AfterEach
	void restore() {
		this.simulator.reset();
		this.supplierBalance.forget();
		this.records.settle();
		this.circuitBreakers.circuitBreaker("dancity").reset();
	}

	@Test
	void refusesAnOrderTheWalletCannotPayForWithoutStoringIt() {
		this.simulator.walletBalance(new BigDecimal("100"));
		String customer = CheckoutApi.newCustomer();

		Answer refused = this.api.orderEsim(customer, PACKAGE);

		assertThat(refused.status()).isEqualTo(503);
		assertThat(refused.code()).isEqualTo("SUPPLIER_BALANCE_LOW");
		assertThat(refused.text("detail")).doesNotContain("100");
		assertThat(this.api.get("/api/v1/orders", customer).body().path("totalItems").asLong()).isZero();
	}

	@Test
	void countsOrdersPaidAndNotBoughtYetButNotUnpaidOnes() {
		String customer = CheckoutApi.newCustomer();
		String paidLater = this.api.orderEsim(customer, PACKAGE).id();
		String neverPaid = this.api.orderEsim(customer, PACKAGE).id();
		costsAlmostTheWholeWallet(paidLater);
		costsAlmostTheWholeWallet(neverPaid);

		Answer whileUnpaid = this.api.orderEsim(customer, PACKAGE);
		this.jdbc.update("""
				UPDATE orders SET status = 'PAID', paid_at = now(), next_attempt_at = now() + interval '1 hour'
				WHERE id = ?::uuid""", paidLater);
		Answer oncePaid = this.api.orderEsim(customer, PACKAGE);

		assertThat(whileUnpaid.status()).isEqualTo(201);
		assertThat(oncePaid.status()).isEqualTo(503);
		assertThat(oncePaid.code()).isEqualTo("SUPPLIER_BALANCE_LOW");
	}

	private void costsAlmostTheWholeWallet(String orderId) {
		BigDecimal almostAll = DancitySimulator.DEFAULT_WALLET_BALANCE.subtract(BigDecimal.ONE);
		this.jdbc.update("UPDATE orders SET wholesale_cost_amount = ? WHERE id = ?::uuid", almostAll, orderId);
	}

	@Test
	void readsTheWalletOnceForOrdersInQuickSuccession() {
		String customer = CheckoutApi.newCustomer();
		int before = this.simulator.requestCount(WALLET);

		for (int i = 0; i < 3; i++) {
			assertThat(this.api.orderEsim(customer, PACKAGE).status()).isEqualTo(201);
		}

		assertThat(this.simulator.requestCount(WALLET) - before).isOne();
	}

	@Test
	void takesOrdersUncheckedWhenDancityDoesNotLetTheKeyReadTheWallet() {
		this.simulator.endpointDown(WALLET, 403);

		Answer placed = this.api.orderEsim(CheckoutApi.newCustomer(), PACKAGE);

		assertThat(placed.status()).isEqualTo(201);
	}

	@Test
	void refusesOrdersWhileTheWalletCannotBeRead() {
		this.simulator.endpointDown(WALLET, 503);
		String customer = CheckoutApi.newCustomer();

		Answer refused = this.api.orderEsim(customer, PACKAGE);

		assertThat(refused.status()).isEqualTo(503);
		assertThat(refused.code()).isEqualTo("UPSTREAM_UNAVAILABLE");
		assertThat(this.api.get("/api/v1/orders", customer).body().path("totalItems").asLong()).isZero();
	}

}
