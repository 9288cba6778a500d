package org.esimstore.dancity;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.web.reactive.function.client.WebClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Pins the Dancity client's behaviour for every endpoint and every way Dancity fails,
 * against WireMock.
 */
@ExtendWith(OutputCaptureExtension.class)
class DancityClientTests {

	private static final String API_KEY = "dcy_live_0123456789abcdef0123456789abcdef01234567";

	private static final String PURCHASE = "/api/v1/esim/purchase";

	private final WireMockServer dancity = new WireMockServer(WireMockConfiguration.options().dynamicPort());

	private CircuitBreakerRegistry circuitBreakers;

	private DancityClient client;

	@BeforeEach
	void startDancity() {
		this.dancity.start();
		this.client = client(this.dancity.baseUrl(), 5, 1000);
	}

	@AfterEach
	void stopDancity() {
		this.dancity.stop();
	}

	@Test
	void readsRegionsFromTheWrappedListWithTheKeyAndChannelHeaders() {
		stub(get(urlPathEqualTo("/api/v1/esim/regions")).withQueryParam("type", equalTo("1")), okJson("""
				{"success": true, "message": "eSIM regions fetched successfully", "data": {"regions": [
				  {"code": "ES", "name": "Spain", "type": "country", "flagUrl": null, "iso": null, "extra": 1},
				  {"code": "EU-42", "name": "Europe (40+ areas)", "type": "multi-country", "flagUrl": null}
				]}}"""));

		List<DancityRegion> regions = this.client.regions(RegionType.COUNTRY);

		assertThat(regions).containsExactly(new DancityRegion("ES", "Spain", RegionType.COUNTRY, null),
				new DancityRegion("EU-42", "Europe (40+ areas)", RegionType.MULTI_COUNTRY, null));
		this.dancity.verify(getRequestedFor(urlPathEqualTo("/api/v1/esim/regions"))
			.withHeader("Authorization", equalTo("Bearer " + API_KEY))
			.withHeader("channel", equalTo("API")));
	}

	@Test
	void readsRegionsFromABareListWithTheOlderFieldNames() {
		stub(get(urlPathEqualTo("/api/v1/esim/regions")), okJson("""
				{"message": "SUCCESS", "data": [{"regionCode": "NG", "name": "Nigeria"}]}"""));

		assertThat(this.client.regions(null))
			.containsExactly(new DancityRegion("NG", "Nigeria", RegionType.COUNTRY, null));
	}

	@Test
	void readsPackagesWrappedWithAnExchangeRate() {
		stub(get(urlPathEqualTo("/api/v1/esim/packages")).withQueryParam("regionCode", equalTo("QA"))
			.withQueryParam("regionType", equalTo("country"))
			.withQueryParam("type", equalTo("BASE")), okJson("""
					{"success": true, "data": {"exchangeRate": 1620, "packages": [
					  {"packageCode": "CKH513", "name": "Qatar 1GB 7Days", "price": 1.75, "currency": "USD",
					   "volume": 1073741824, "duration": 7, "type": "BASE", "regionCode": "QA", "priceInNaira": 2835,
					   "speed": "3G/4G/5G", "coverage": [{"locationName": "Qatar", "locationCode": "QA"}],
					   "somethingNew": {"nested": true}}
					]}}"""));

		DancityPackages packages = this.client.packages("QA", RegionType.COUNTRY);

		assertThat(packages.exchangeRate()).isEqualByComparingTo("1620");
		DancityPackage qatar = packages.packages().get(0);
		assertThat(qatar.packageCode()).isEqualTo("CKH513");
		assertThat(qatar.priceUsd()).isEqualByComparingTo("1.75");
		assertThat(qatar.priceNaira()).isEqualByComparingTo("2835");
		assertThat(qatar.volumeBytes()).isEqualTo(1073741824L);
		assertThat(qatar.durationDays()).isEqualTo(7);
		assertThat(qatar.speed()).isEqualTo("3G/4G/5G");
		assertThat(qatar.coverage()).containsExactly("Qatar");
		assertThat(qatar.topUp()).isFalse();
	}

	@Test
	void readsPackagesSentAsABareListWithTextualDataAndValidity() {
		stub(get(urlPathEqualTo("/api/v1/esim/packages")), okJson("""
				{"success": true, "message": "Packages fetched", "data": [
				  {"packageCode": "NG-1GB-7D", "name": "Nigeria 1GB 7 Days", "dataAmount": "1GB",
				   "validity": "7 days", "price": 3000, "currency": "NGN"}
				]}"""));

		DancityPackage nigeria = this.client.packages("NG", RegionType.COUNTRY).packages().get(0);

		assertThat(nigeria.volumeBytes()).isEqualTo(1073741824L);
		assertThat(nigeria.durationDays()).isEqualTo(7);
		assertThat(nigeria.priceNaira()).isEqualByComparingTo("3000");
		assertThat(nigeria.priceUsd()).isNull();
		assertThat(nigeria.costInNaira(null)).isEqualByComparingTo("3000");
	}

	@Test
	void readsTopUpPackagesForAnIccid() {
		stub(get(urlPathEqualTo("/api/v1/esim/topup-packages")).withQueryParam("iccid", equalTo("8948010010013845234")),
				okJson("""
						{"success": true, "data": {"packages": [
						  {"packageCode": "TOPUP_CKH513", "name": "Qatar 1GB Top-Up", "price": 0.62,
						   "currency": "USD", "volume": 524288000, "duration": 7, "type": "TOPUP",
						   "regionCode": "QA", "priceInNaira": 1005}
						], "exchangeRate": 1620}}"""));

		DancityPackages topUps = this.client.topUpPackages("8948010010013845234");

		assertThat(topUps.packages()).singleElement().satisfies((topUp) -> {
			assertThat(topUp.topUp()).isTrue();
			assertThat(topUp.costInNaira(topUps.exchangeRate())).isEqualByComparingTo("1005");
		});
	}

	@Test
	void purchasesOnceAndReturnsDancitysReferences() {
		stub(post(PURCHASE), okJson("""
				{"success": true, "message": "eSIM purchased successfully", "data": {
				  "_id": "6a1c50347d0125d168aa32da", "tranxId": "DNTY4364368AOMYD", "status": "SUCCESS",
				  "customerRef": "ord-1", "amount": 2835}}"""));

		DancityPurchase purchase = this.client.purchase(new DancityPurchaseRequest("CKH513", "ord-1", null));

		assertThat(purchase.transactionId()).isEqualTo("6a1c50347d0125d168aa32da");
		assertThat(purchase.tranxId()).isEqualTo("DNTY4364368AOMYD");
		assertThat(purchase.status()).isEqualTo(TransactionStatus.SUCCESS);
		assertThat(purchase.iccid()).isNull();
		this.dancity.verify(1,
				postRequestedFor(urlPathEqualTo(PURCHASE))
					.withRequestBody(equalToJson("{\"packageCode\": \"CKH513\", \"customerRef\": \"ord-1\"}"))
					.withHeader("channel", equalTo("API")));
	}

	@Test
	void sendsTheIccidWithATopUpPurchase() {
		stub(post(PURCHASE), okJson("""
				{"success": true, "data": {"_id": "6a1c50347d0125d168aa32db", "status": "SUCCESS"}}"""));

		this.client.purchase(new DancityPurchaseRequest("TOPUP_CKH513", "ord-2", "8948010010013845234"));

		this.dancity.verify(postRequestedFor(urlPathEqualTo(PURCHASE)).withRequestBody(equalToJson(
				"{\"packageCode\": \"TOPUP_CKH513\", \"customerRef\": \"ord-2\", \"iccid\": \"8948010010013845234\"}")));
	}

	@Test
	void reportsFailedInsideA200AsAFailedPurchase() {
		stub(post(PURCHASE), okJson("""
				{"success": true, "message": "eSIM purchase processed", "data": {
				  "_id": "6a1c3e3de285680cc3b7d2ba", "status": "FAILED", "apiResponse": "Insufficient profiles"}}"""));

		Throwable failure = catchThrowable(
				() -> this.client.purchase(new DancityPurchaseRequest("CKH513", "ord-3", null)));

		assertThat(failure).isInstanceOfSatisfying(DancityPurchaseFailedException.class, (ex) -> {
			assertThat(ex.customerRef()).isEqualTo("ord-3");
			assertThat(ex.transactionId()).isEqualTo("6a1c3e3de285680cc3b7d2ba");
			assertThat(ex.getMessage()).contains("Insufficient profiles");
			assertThat(ex.certainlyNotApplied()).isTrue();
		});
	}

	@Test
	void neverResendsAPurchaseWhoseAnswerTimedOut() {
		stub(post(PURCHASE), okJson("{\"success\": true, \"data\": {\"status\": \"SUCCESS\"}}").withFixedDelay(4000));

		Throwable failure = catchThrowable(
				() -> this.client.purchase(new DancityPurchaseRequest("CKH513", "ord-4", null)));

		assertThat(failure).isInstanceOfSatisfying(DancityPurchaseOutcomeUnknownException.class, (ex) -> {
			assertThat(ex.customerRef()).isEqualTo("ord-4");
			assertThat(ex.certainlyNotApplied()).isFalse();
		});
		this.dancity.verify(1, postRequestedFor(urlPathEqualTo(PURCHASE)));
	}

	@Test
	void neverResendsAPurchaseWhoseConnectionWasReset() {
		stub(post(PURCHASE), aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));

		assertThatExceptionOfType(DancityPurchaseOutcomeUnknownException.class)
			.isThrownBy(() -> this.client.purchase(new DancityPurchaseRequest("CKH513", "ord-5", null)));
		this.dancity.verify(1, postRequestedFor(urlPathEqualTo(PURCHASE)));
	}

	@Test
	void treatsA5xxPurchaseAsOutcomeUnknown() {
		stub(post(PURCHASE), aResponse().withStatus(500)
			.withBody(
					"""
							{"success": false, "message": "Sorry, something went wrong. Please try again later", "statusCode": 500}"""));

		assertThatExceptionOfType(DancityPurchaseOutcomeUnknownException.class)
			.isThrownBy(() -> this.client.purchase(new DancityPurchaseRequest("CKH513", "ord-6", null)));
		this.dancity.verify(1, postRequestedFor(urlPathEqualTo(PURCHASE)));
	}

	@Test
	void treatsAnUnreadable2xxPurchaseAsOutcomeUnknown() {
		stub(post(PURCHASE), aResponse().withStatus(200).withBody("<html>gateway</html>"));

		assertThatExceptionOfType(DancityPurchaseOutcomeUnknownException.class)
			.isThrownBy(() -> this.client.purchase(new DancityPurchaseRequest("CKH513", "ord-7", null)));
	}

	@Test
	void reportsAPurchaseThatCouldNotConnectAsNotSent() {
		DancityClient unreachable = client(unusedAddress(), 5, 1000);

		Throwable failure = catchThrowable(
				() -> unreachable.purchase(new DancityPurchaseRequest("CKH513", "ord-8", null)));

		assertThat(failure).isInstanceOf(DancityUnavailableException.class);
		assertThat(((DancityException) failure).certainlyNotApplied()).isTrue();
	}

	@Test
	void decodesValidationErrorsWithAnArrayMessage() {
		stub(post(PURCHASE), aResponse().withStatus(400).withHeader("Content-Type", "application/json").withBody("""
				{"statusCode": 400, "message": ["packageCode must be a string", "iccid is required"],
				 "error": "Bad Request"}"""));

		Throwable failure = catchThrowable(
				() -> this.client.purchase(new DancityPurchaseRequest("BAD", "ord-9", null)));

		assertThat(failure).isExactlyInstanceOf(DancityRejectedException.class);
		assertThat(((DancityRejectedException) failure).reasons()).containsExactly("packageCode must be a string",
				"iccid is required");
	}

	@Test
	void decodesInsufficientBalanceFromTheSecondErrorShape() {
		stub(post(PURCHASE), aResponse().withStatus(400).withBody("""
				{"success": false, "message": "Insufficient wallet balance", "statusCode": 400}"""));

		assertThatExceptionOfType(DancityInsufficientBalanceException.class)
			.isThrownBy(() -> this.client.purchase(new DancityPurchaseRequest("CKH513", "ord-10", null)));
	}

	@Test
	void decodesAFailureReportedInsideA200Envelope() {
		stub(get(urlPathEqualTo("/api/v1/wallet")), okJson("""
				{"success": false, "message": "Your API key is not active", "statusCode": 401}"""));

		assertThatExceptionOfType(DancityAuthenticationException.class).isThrownBy(this.client::wallets);
	}

	@Test
	void reportsARefusedKeyWithoutRetrying() {
		stub(get(urlPathEqualTo("/api/v1/wallet")), aResponse().withStatus(401).withBody("""
				{"success": false, "message": "Invalid API key or IP not allowlisted", "statusCode": 401}"""));

		assertThatExceptionOfType(DancityAuthenticationException.class).isThrownBy(this.client::wallets)
			.withMessageContaining("Invalid API key or IP not allowlisted");
		this.dancity.verify(1, getRequestedFor(urlPathEqualTo("/api/v1/wallet")));
	}

	@Test
	void reportsAMissingTransactionAsNotFound() {
		stub(get(urlPathEqualTo("/api/v1/transactions/ord-11")), aResponse().withStatus(404).withBody("""
				{"success": false, "message": "Transaction not found", "statusCode": 404}"""));

		assertThatExceptionOfType(DancityNotFoundException.class).isThrownBy(() -> this.client.transaction("ord-11"))
			.withMessageContaining("Transaction not found");
	}

	@Test
	void refusesAReferenceThatIsNotAPathSegmentWithoutCallingDancity() {
		assertThatExceptionOfType(DancityNotFoundException.class).isThrownBy(() -> this.client.details("../wallet"));
		assertThat(this.dancity.getAllServeEvents()).isEmpty();
	}

	@Test
	void readsDetailsBeforeAndAfterProvisioning() {
		stub(get(urlPathEqualTo("/api/v1/esim/details/ord-12")).inScenario("provisioning")
			.whenScenarioStateIs(Scenario.STARTED)
			.willSetStateTo("allocated"),
				okJson("""
						{"success": true, "data": {"iccid": null, "activationCode": null, "status": "GETTING_RESOURCE"}}"""));
		stub(get(urlPathEqualTo("/api/v1/esim/details/ord-12")).inScenario("provisioning")
			.whenScenarioStateIs("allocated"), okJson("""
					{"success": true, "message": "eSIM details fetched successfully", "data": {
					  "iccid": "8948010010013845234", "imsi": "260010183468325",
					  "qrCodeUrl": "https://p.qrsim.net/4a8cf5af5f1c48e0b44f8eaf3af20220.png",
					  "activationCode": "LPA:1$rsp-eu.simlessly.com$72056D3B588B49B4903120FC95BB96A4",
					  "status": "GOT_RESOURCE", "totalVolume": 1073741824, "totalDuration": 7,
					  "validityRemaining": 7, "dataUsageRemaining": 1073741824,
					  "packageDetails": {"name": "Qatar 1GB 7Days", "code": "CKH513"},
					  "createdAt": "2026-05-31T15:13:57.571Z", "expiredAt": "2026-11-27T15:13:58.000Z"}}"""));

		DancityEsimDetails pending = this.client.details("ord-12");
		DancityEsimDetails ready = this.client.details("ord-12");

		assertThat(pending.isAllocated()).isFalse();
		assertThat(pending.status()).isEqualTo(EsimStatus.PROVISIONING);
		assertThat(ready.isAllocated()).isTrue();
		assertThat(ready.status()).isEqualTo(EsimStatus.READY);
		assertThat(ready.dataRemainingBytes()).isEqualTo(1073741824L);
		assertThat(ready.packageCode()).isEqualTo("CKH513");
		assertThat(ready.toString()).doesNotContain("72056D3B588B49B4903120FC95BB96A4");
	}

	@Test
	void mapsStatusesItDoesNotKnowToUnknown() {
		stub(get(urlPathEqualTo("/api/v1/esim/details/ord-13")), okJson("""
				{"success": true, "data": {"iccid": "8948010010013845234", "status": "BRAND_NEW_STATE"}}"""));

		DancityEsimDetails details = this.client.details("ord-13");

		assertThat(details.status()).isEqualTo(EsimStatus.UNKNOWN);
		assertThat(details.rawStatus()).isEqualTo("BRAND_NEW_STATE");
	}

	@Test
	void readsAPageOfTheMerchantsEsims() {
		stub(get(urlPathEqualTo("/api/v1/esim/my-esims")).withQueryParam("page", equalTo("2"))
			.withQueryParam("limit", equalTo("1")), okJson("""
					{"success": true, "data": {"esims": [
					  {"transactionId": "6a12d0d366a638d7d9e402a9", "tranxId": "DNTY003519MQ5RPN",
					   "packageCode": "P0Q24KI1C", "packageName": "Nigeria 100MB 7Days", "packageVolume": 104857600,
					   "packageDuration": 7, "regionCode": "NG", "amount": 975, "currency": "NGN",
					   "iccid": "8948010010014447758", "status": "IN_USE", "dataUsageRemaining": 5000,
					   "purchasedAt": "2026-05-24T10:20:03.519Z"}],
					 "pagination": {"page": 2, "limit": 1, "total": 2, "totalPages": 2, "hasPrevious": true,
					                "hasNext": false}}}"""));

		DancityEsimPage page = this.client.myEsims(2, 1);

		assertThat(page.page()).isEqualTo(2);
		assertThat(page.total()).isEqualTo(2);
		assertThat(page.hasNext()).isFalse();
		assertThat(page.esims()).singleElement().satisfies((esim) -> {
			assertThat(esim.status()).isEqualTo(EsimStatus.IN_USE);
			assertThat(esim.amount()).isEqualByComparingTo("975");
			assertThat(esim.volumeBytes()).isEqualTo(104857600L);
		});
	}

	@Test
	void readsATransactionByOurReference() {
		stub(get(urlPathEqualTo("/api/v1/transactions/ord-14")), okJson("""
				{"success": true, "data": {"_id": "6a1c3e3de285680cc3b7d2ba", "tranxId": "DNTY8374056F678V",
				 "service": "ESIM", "status": "PROCESSING", "amount": 2835, "customerRef": "ord-14",
				 "createdAt": "2026-05-31T13:57:17.407Z"}}"""));

		DancityTransaction transaction = this.client.transaction("ord-14");

		assertThat(transaction.status()).isEqualTo(TransactionStatus.PROCESSING);
		assertThat(transaction.tranxId()).isEqualTo("DNTY8374056F678V");
		assertThat(transaction.customerRef()).isEqualTo("ord-14");
	}

	@Test
	void readsWalletsInEitherDocumentedShape() {
		stub(get(urlPathEqualTo("/api/v1/wallet")), okJson("""
				{"success": true, "data": [
				  {"wallettype": "main", "balance": 15000.00, "currency": "NGN"},
				  {"_id": "59ea65", "name": "Main Wallet", "balance": 0, "bonus": 0, "currency": "NGN", "version": 0}
				]}"""));

		assertThat(this.client.wallets()).containsExactly(new DancityWallet("main", new BigDecimal("15000.00"), "NGN"),
				new DancityWallet("Main Wallet", BigDecimal.ZERO, "NGN"));
	}

	@Test
	void retriesAFailedReadWithBackoff() {
		stub(get(urlPathEqualTo("/api/v1/wallet")).inScenario("flaky")
			.whenScenarioStateIs(Scenario.STARTED)
			.willSetStateTo("recovered"), aResponse().withStatus(503));
		stub(get(urlPathEqualTo("/api/v1/wallet")).inScenario("flaky").whenScenarioStateIs("recovered"),
				okJson("{\"success\": true, \"data\": [{\"balance\": 10, \"currency\": \"NGN\"}]}"));

		assertThat(this.client.wallets()).hasSize(1);
		this.dancity.verify(2, getRequestedFor(urlPathEqualTo("/api/v1/wallet")));
	}

	@Test
	void retriesASlowReadThenGivesUpAsAnUpstreamFailure() {
		stub(get(urlPathEqualTo("/api/v1/esim/regions")), okJson("{\"data\": {\"regions\": []}}").withFixedDelay(4000));

		assertThatExceptionOfType(DancityUpstreamException.class).isThrownBy(() -> this.client.regions(null));
		this.dancity.verify(3, getRequestedFor(urlPathEqualTo("/api/v1/esim/regions")));
	}

	@Test
	void reportsMalformedJsonAsAnUpstreamFailure() {
		stub(get(urlPathEqualTo("/api/v1/esim/regions")), aResponse().withStatus(200).withBody("{\"data\": [tru"));

		assertThatExceptionOfType(DancityUpstreamException.class).isThrownBy(() -> this.client.regions(null));
	}

	@Test
	void honoursA429UntilTheAnnouncedResetWithoutCallingAgain() {
		stub(get(urlPathEqualTo("/api/v1/wallet")), aResponse().withStatus(429)
			.withHeader("Retry-After", "30")
			.withBody("{\"statusCode\":429,\"message\":\"Too Many Requests\",\"error\":\"Too Many Requests\"}"));

		Throwable first = catchThrowable(this.client::wallets);
		Throwable second = catchThrowable(() -> this.client.regions(null));

		assertThat(first).isInstanceOfSatisfying(DancityRateLimitedException.class,
				(ex) -> assertThat(ex.retryAfter()).isEqualTo(Duration.ofSeconds(30)));
		assertThat(second).isInstanceOf(DancityRateLimitedException.class);
		assertThat(this.dancity.getAllServeEvents()).hasSize(1);
	}

	@Test
	void stopsSendingOnceDancitySaysNoCallsRemain() {
		long reset = System.currentTimeMillis() / 1000 + 20;
		stub(get(urlPathEqualTo("/api/v1/wallet")),
				okJson("{\"success\": true, \"data\": []}").withHeader("X-RateLimit-Limit", "120")
					.withHeader("X-RateLimit-Remaining", "0")
					.withHeader("X-RateLimit-Reset", String.valueOf(reset)));

		this.client.wallets();

		assertThatExceptionOfType(DancityRateLimitedException.class).isThrownBy(this.client::wallets);
		assertThat(this.dancity.getAllServeEvents()).hasSize(1);
	}

	@Test
	void opensTheCircuitWhenDancityKeepsFailingAndRecoversAfterwards() throws InterruptedException {
		stub(get(urlPathEqualTo("/api/v1/wallet")), aResponse().withStatus(502));
		for (int i = 0; i < 4; i++) {
			catchThrowable(this.client::wallets);
		}
		int callsWhenOpened = this.dancity.getAllServeEvents().size();

		Throwable refused = catchThrowable(this.client::wallets);

		assertThat(this.circuitBreakers.circuitBreaker("dancity").getState()).isEqualTo(CircuitBreaker.State.OPEN);
		assertThat(refused).isInstanceOf(DancityUnavailableException.class).hasMessageContaining("circuit");
		assertThat(this.dancity.getAllServeEvents()).hasSize(callsWhenOpened);

		this.dancity.resetMappings();
		stub(get(urlPathEqualTo("/api/v1/wallet")), okJson("{\"success\": true, \"data\": []}"));
		Thread.sleep(1200);
		this.client.wallets();
		this.client.wallets();

		assertThat(this.circuitBreakers.circuitBreaker("dancity").getState()).isEqualTo(CircuitBreaker.State.CLOSED);
	}

	@Test
	void holdsCallsUnderTheRateBudget() {
		DancityClient budgeted = client(this.dancity.baseUrl(), 3, 60_000);
		stub(get(urlPathEqualTo("/api/v1/wallet")), okJson("{\"success\": true, \"data\": []}"));
		List<Throwable> outcomes = new ArrayList<>();

		for (int i = 0; i < 8; i++) {
			outcomes.add(catchThrowable(budgeted::wallets));
		}

		assertThat(this.dancity.getAllServeEvents()).hasSize(3);
		assertThat(outcomes).filteredOn((outcome) -> outcome == null).hasSize(3);
		assertThat(outcomes).filteredOn((outcome) -> outcome != null)
			.hasSize(5)
			.allSatisfy((outcome) -> assertThat(outcome).isInstanceOf(DancityUnavailableException.class)
				.hasMessageContaining("rate budget"));
	}

	@Test
	void keepsTheApiKeyOutOfMessagesAndLogs(CapturedOutput output) {
		stub(get(urlPathEqualTo("/api/v1/wallet")),
				aResponse().withStatus(401)
					.withBody("{\"statusCode\": 401, \"message\": \"Key " + API_KEY
							+ " is not allowlisted\", \"error\": \"x\"}"));
		stub(post(PURCHASE), aResponse().withStatus(400)
			.withBody("{\"success\": false, \"message\": \"Bad key " + API_KEY + "\", \"statusCode\": 400}"));

		Throwable refused = catchThrowable(this.client::wallets);
		Throwable rejected = catchThrowable(
				() -> this.client.purchase(new DancityPurchaseRequest("CKH513", "ord-15", null)));
		Throwable unreachable = catchThrowable(() -> client(unusedAddress(), 5, 1000).wallets());

		assertThat(List.of(refused, rejected, unreachable)).allSatisfy((failure) -> {
			assertThat(failure.getMessage()).doesNotContain(API_KEY);
			assertThat(failure.toString()).doesNotContain(API_KEY);
		});
		assertThat(refused.getMessage()).contains("******");
		assertThat(output.getAll()).doesNotContain(API_KEY);
	}

	private void stub(MappingBuilder request, ResponseDefinitionBuilder response) {
		this.dancity.stubFor(request.willReturn(response));
	}

	private DancityClient client(String baseUrl, int callsPerPeriod, long periodMillis) {
		DancityProperties properties = new DancityProperties(baseUrl, "/api/v1", API_KEY, null, Duration.ofMillis(500),
				Duration.ofMillis(1000), Duration.ofMillis(1500), Duration.ofSeconds(30));
		this.circuitBreakers = CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
			.slidingWindowSize(4)
			.minimumNumberOfCalls(4)
			.failureRateThreshold(50)
			.waitDurationInOpenState(Duration.ofSeconds(1))
			.permittedNumberOfCallsInHalfOpenState(2)
			.recordExceptions(DancityUpstreamException.class, DancityUnavailableException.class,
					DancityPurchaseOutcomeUnknownException.class)
			.build());
		RetryRegistry retries = RetryRegistry.of(RetryConfig.custom()
			.maxAttempts(3)
			.waitDuration(Duration.ofMillis(50))
			.retryExceptions(DancityUpstreamException.class, DancityUnavailableException.class)
			.build());
		RateLimiterRegistry rateLimiters = RateLimiterRegistry.of(RateLimiterConfig.custom()
			.limitForPeriod(callsPerPeriod)
			.limitRefreshPeriod(Duration.ofMillis(periodMillis))
			.timeoutDuration(Duration.ZERO)
			.build());
		return new DancityConfiguration().dancityClient(properties, WebClient.builder(), JsonMapper.builder().build(),
				this.circuitBreakers, BulkheadRegistry.of(BulkheadConfig.ofDefaults()), rateLimiters, retries);
	}

	private static String unusedAddress() {
		WireMockServer closed = new WireMockServer(WireMockConfiguration.options().dynamicPort());
		closed.start();
		String address = closed.baseUrl();
		closed.stop();
		return address;
	}

}
