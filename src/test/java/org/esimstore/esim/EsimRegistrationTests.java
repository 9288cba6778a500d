package org.esimstore.esim;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.esimstore.IntegrationTest;
import org.esimstore.TestInfrastructure;
import org.esimstore.dancity.DancityException;
import org.esimstore.dancity.DancitySimulator;
import org.esimstore.dancity.EsimStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What other modules rely on: a purchase registers one eSIM however often it is
 * registered, its activation code is stored only encrypted, and top-up eligibility and
 * usage refresh follow Dancity.
 */
@IntegrationTest
class EsimRegistrationTests {

	@Autowired
	Esims esims;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CircuitBreakerRegistry circuitBreakers;

	private final List<StubMapping> stubs = new ArrayList<>();

	@AfterEach
	void restoreDancity() {
		this.stubs.forEach(DancitySimulator.shared().server()::removeStub);
		this.circuitBreakers.circuitBreaker("dancity").reset();
	}

	@Test
	void registersAPurchaseOnceHoweverOftenItIsRegistered() {
		EsimRegistration registration = EsimFixtures.registration(EsimFixtures.customerId(),
				EsimFixtures.transactionId(),
				EsimFixtures.allocated(EsimFixtures.iccid(), EsimFixtures.activationCode()));

		CustomerEsim first = this.esims.register(registration);
		CustomerEsim again = this.esims.register(registration);

		assertThat(again.id()).isEqualTo(first.id());
		assertThat(rowsForOrder(registration.orderId())).isOne();
		assertThat(this.esims.findByOrder(registration.orderId())).map(CustomerEsim::id).contains(first.id());
	}

	@Test
	void registersOneEsimWhenTheSamePurchaseIsRegisteredConcurrently() throws Exception {
		EsimRegistration registration = EsimFixtures.registration(EsimFixtures.customerId(),
				EsimFixtures.transactionId(),
				EsimFixtures.allocated(EsimFixtures.iccid(), EsimFixtures.activationCode()));
		int attempts = 6;
		CountDownLatch start = new CountDownLatch(1);
		List<Future<CustomerEsim>> results = new ArrayList<>();
		try (ExecutorService executor = Executors.newFixedThreadPool(attempts)) {
			for (int i = 0; i < attempts; i++) {
				results.add(executor.submit(() -> {
					start.await();
					return this.esims.register(registration);
				}));
			}
			start.countDown();
			List<UUID> ids = new ArrayList<>();
			for (Future<CustomerEsim> result : results) {
				ids.add(result.get().id());
			}
			assertThat(ids).hasSize(attempts).containsOnly(ids.get(0));
		}
		assertThat(rowsForOrder(registration.orderId())).isOne();
	}

	@Test
	void completesTheProfileWhenAPurchaseIsRegisteredAgainOnceAllocated() {
		String customer = EsimFixtures.customerId();
		String transactionId = EsimFixtures.transactionId();
		EsimRegistration early = EsimFixtures.registration(customer, transactionId, EsimFixtures.provisioning());
		String iccid = EsimFixtures.iccid();
		String activationCode = EsimFixtures.activationCode();

		CustomerEsim pending = this.esims.register(early);
		CustomerEsim allocated = this.esims.register(new EsimRegistration(customer, early.orderId(), transactionId,
				early.dancityTranxId(), "CKH513", null, "QA", EsimFixtures.allocated(iccid, activationCode)));

		assertThat(pending.install()).isNull();
		assertThat(pending.status()).isEqualTo(EsimStatus.PROVISIONING);
		assertThat(allocated.id()).isEqualTo(pending.id());
		assertThat(allocated.iccid()).isEqualTo(iccid);
		assertThat(allocated.install()).isNotNull();
		assertThat(allocated.install().activationCode()).isEqualTo(activationCode);
		assertThat(allocated.status()).isEqualTo(EsimStatus.READY);
		assertThat(allocated.dataRemainingBytes()).isEqualTo(EsimFixtures.ONE_GIB);
	}

	@Test
	void storesTheActivationCodeOnlyEncrypted() {
		String activationCode = EsimFixtures.activationCode();
		CustomerEsim esim = this.esims.register(EsimFixtures.registration(EsimFixtures.customerId(),
				EsimFixtures.transactionId(), EsimFixtures.allocated(EsimFixtures.iccid(), activationCode)));

		String stored = this.jdbc.queryForObject("SELECT activation_code_encrypted FROM esim WHERE id = ?",
				String.class, esim.id());
		String wholeRow = this.jdbc.queryForObject("SELECT e::text FROM esim e WHERE id = ?", String.class, esim.id());

		assertThat(stored).startsWith("v1:");
		assertThat(wholeRow).doesNotContain(EsimFixtures.matchingId(activationCode));
		ActivationCodeCipher testKey = new ActivationCodeCipher(
				new EncryptionKeyProperties(TestInfrastructure.ESIM_ENCRYPTION_KEY));
		assertThat(testKey.decrypt(stored)).isEqualTo(activationCode);
		assertThat(this.jdbc.queryForObject("SELECT smdp_address FROM esim WHERE id = ?", String.class, esim.id()))
			.isEqualTo("rsp-eu.simlessly.com");
	}

	@Test
	void refusesAnIccidAlreadyRegisteredForAnotherOrder() {
		String customer = EsimFixtures.customerId();
		String iccid = EsimFixtures.iccid();
		CustomerEsim existing = this.esims.register(EsimFixtures.registration(customer, EsimFixtures.transactionId(),
				EsimFixtures.allocated(iccid, EsimFixtures.activationCode())));
		EsimRegistration otherOrder = EsimFixtures.registration(customer, EsimFixtures.transactionId(),
				EsimFixtures.allocated(iccid, EsimFixtures.activationCode()));

		assertThatExceptionOfType(EsimAlreadyRegisteredException.class)
			.isThrownBy(() -> this.esims.register(otherOrder))
			.withMessageContaining("is already registered as eSIM '" + existing.id() + "'")
			.withMessageNotContaining(iccid)
			.satisfies((ex) -> assertThat(ex.existingEsimId()).isEqualTo(existing.id()));
		assertThat(rowsForOrder(otherOrder.orderId())).isZero();
	}

	@Test
	void refusesAnOrderAlreadyRegisteredForAnotherCustomer() {
		EsimRegistration registration = EsimFixtures.registration(EsimFixtures.customerId(),
				EsimFixtures.transactionId(),
				EsimFixtures.allocated(EsimFixtures.iccid(), EsimFixtures.activationCode()));
		this.esims.register(registration);
		EsimRegistration sameOrderOtherCustomer = new EsimRegistration(EsimFixtures.customerId(),
				registration.orderId(), registration.dancityTransactionId(), registration.dancityTranxId(),
				registration.packageCode(), registration.packageName(), registration.regionCode(),
				registration.details());

		assertThatExceptionOfType(EsimAlreadyRegisteredException.class)
			.isThrownBy(() -> this.esims.register(sameOrderOtherCustomer))
			.withMessageContaining("already registered for another customer");
	}

	@Test
	void findsAnEsimOnlyForItsOwner() {
		CustomerEsim esim = register(EsimFixtures.customerId());

		assertThat(this.esims.findForCustomer(esim.customerId(), esim.id())).map(CustomerEsim::id).contains(esim.id());
		assertThat(this.esims.findForCustomer(EsimFixtures.customerId(), esim.id())).isEmpty();
		assertThat(this.esims.findForCustomer(esim.customerId(), UUID.randomUUID())).isEmpty();
	}

	@Test
	void namesTheIccidToTopUpForTheOwnersReadyEsim() {
		String iccid = EsimFixtures.iccid();
		CustomerEsim esim = this.esims.register(EsimFixtures.registration(EsimFixtures.customerId(),
				EsimFixtures.transactionId(), EsimFixtures.allocated(iccid, EsimFixtures.activationCode())));

		TopUpTarget target = this.esims.topUpTarget(esim.customerId(), esim.id());

		assertThat(target.esimId()).isEqualTo(esim.id());
		assertThat(target.iccid()).isEqualTo(iccid);
		assertThat(target.status()).isEqualTo(EsimStatus.READY);
		assertThat(target.packageCode()).isEqualTo("CKH513");
		assertThatExceptionOfType(EsimNotFoundException.class)
			.isThrownBy(() -> this.esims.topUpTarget(EsimFixtures.customerId(), esim.id()));
	}

	@Test
	void refusesToTopUpAnEsimThatDancityShowsExpired() {
		String transactionId = EsimFixtures.transactionId();
		String iccid = EsimFixtures.iccid();
		String activationCode = EsimFixtures.activationCode();
		CustomerEsim esim = this.esims.register(EsimFixtures.registration(EsimFixtures.customerId(), transactionId,
				EsimFixtures.allocated(iccid, activationCode)));
		this.stubs.add(EsimFixtures.stubDetails(transactionId,
				EsimFixtures.details(iccid, activationCode, "USED_EXPIRED", 0, 0)));
		makeRefreshDue(esim.id());

		assertThatExceptionOfType(TopUpNotAllowedException.class)
			.isThrownBy(() -> this.esims.topUpTarget(esim.customerId(), esim.id()))
			.withMessage("eSIM '" + esim.id() + "' cannot be topped up while it is EXPIRED")
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("TOPUP_NOT_ALLOWED"));
	}

	@Test
	void refusesToTopUpAnEsimNotAllocatedYet() {
		CustomerEsim esim = this.esims.register(EsimFixtures.registration(EsimFixtures.customerId(),
				EsimFixtures.transactionId(), EsimFixtures.provisioning()));

		assertThatExceptionOfType(TopUpNotAllowedException.class)
			.isThrownBy(() -> this.esims.topUpTarget(esim.customerId(), esim.id()))
			.withMessageContaining("before Dancity has allocated it");
	}

	@Test
	void refreshesUsageOnRequestWhateverItsAge() {
		String transactionId = EsimFixtures.transactionId();
		String iccid = EsimFixtures.iccid();
		String activationCode = EsimFixtures.activationCode();
		CustomerEsim esim = this.esims.register(EsimFixtures.registration(EsimFixtures.customerId(), transactionId,
				EsimFixtures.allocated(iccid, activationCode)));
		this.stubs.add(EsimFixtures.stubDetails(transactionId,
				EsimFixtures.details(iccid, activationCode, "IN_USE", 2 * EsimFixtures.ONE_GIB, 30)));

		CustomerEsim refreshed = this.esims.refreshUsage(esim.id());

		assertThat(refreshed.status()).isEqualTo(EsimStatus.IN_USE);
		assertThat(refreshed.dataRemainingBytes()).isEqualTo(2 * EsimFixtures.ONE_GIB);
		assertThat(refreshed.validityRemainingDays()).isEqualTo(30);
		assertThat(refreshed.refreshedAt()).isAfter(esim.refreshedAt());
		assertThat(this.esims.findForCustomer(esim.customerId(), esim.id())).map(CustomerEsim::dataRemainingBytes)
			.contains(2 * EsimFixtures.ONE_GIB);
		assertThat(EsimFixtures.detailsCalls(transactionId)).isOne();
	}

	@Test
	void keepsStoredUsageWhenARequestedRefreshFails() {
		String transactionId = EsimFixtures.transactionId();
		CustomerEsim esim = this.esims.register(EsimFixtures.registration(EsimFixtures.customerId(), transactionId,
				EsimFixtures.allocated(EsimFixtures.iccid(), EsimFixtures.activationCode())));
		this.stubs.add(EsimFixtures.stubDetails(transactionId, aResponse().withStatus(404).withBody("""
				{"success": false, "message": "Transaction not found", "statusCode": 404}""")));

		assertThatExceptionOfType(DancityException.class).isThrownBy(() -> this.esims.refreshUsage(esim.id()));
		assertThat(this.esims.findForCustomer(esim.customerId(), esim.id())).get().satisfies((stored) -> {
			assertThat(stored.refreshedAt()).isEqualTo(esim.refreshedAt());
			assertThat(stored.dataRemainingBytes()).isEqualTo(EsimFixtures.ONE_GIB);
		});
	}

	@Test
	void keepsTheStoredProfileWhenDancityReportsAnotherIccid() {
		String transactionId = EsimFixtures.transactionId();
		String iccid = EsimFixtures.iccid();
		String activationCode = EsimFixtures.activationCode();
		CustomerEsim esim = this.esims.register(EsimFixtures.registration(EsimFixtures.customerId(), transactionId,
				EsimFixtures.allocated(iccid, activationCode)));
		this.stubs.add(EsimFixtures.stubDetails(transactionId,
				EsimFixtures.details(EsimFixtures.iccid(), EsimFixtures.activationCode(), "IN_USE", 0, 1)));

		CustomerEsim refreshed = this.esims.refreshUsage(esim.id());

		assertThat(refreshed.iccid()).isEqualTo(iccid);
		assertThat(refreshed.install().activationCode()).isEqualTo(activationCode);
		assertThat(refreshed.status()).isEqualTo(EsimStatus.READY);
		assertThat(refreshed.dataRemainingBytes()).isEqualTo(EsimFixtures.ONE_GIB);
	}

	private CustomerEsim register(String customerId) {
		return this.esims.register(EsimFixtures.registration(customerId, EsimFixtures.transactionId(),
				EsimFixtures.allocated(EsimFixtures.iccid(), EsimFixtures.activationCode())));
	}

	private int rowsForOrder(UUID orderId) {
		return this.jdbc.queryForObject("SELECT count(*) FROM esim WHERE order_id = ?", Integer.class, orderId);
	}

	private void makeRefreshDue(UUID esimId) {
		this.jdbc.update("UPDATE esim SET refresh_attempted_at = refresh_attempted_at - interval '1 hour' WHERE id = ?",
				esimId);
	}

}
