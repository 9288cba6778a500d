package org.esimstore.dancity;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Pins the simulated Dancity's behaviour over real HTTP, as the client will see it.
 */
class DancitySimulatorTests {

	private static final long GIB = 1_073_741_824L;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	private static DancitySimulator simulator;

	@BeforeAll
	static void startSimulator() {
		simulator = DancitySimulator.start(0);
	}

	@AfterAll
	static void stopSimulator() {
		simulator.close();
	}

	@BeforeEach
	void resetSimulator() {
		simulator.reset();
		simulator.provisioningDelay(Duration.ZERO);
	}

	@Test
	void refusesRequestsWithoutTheMerchantKey() throws Exception {
		HttpResponse<String> anonymous = send(HttpRequest.newBuilder(uri("/api/v1/wallet")).GET());
		HttpResponse<String> wrongKey = send(
				HttpRequest.newBuilder(uri("/api/v1/wallet")).header("Authorization", "Bearer dcy_live_nope").GET());

		assertThat(anonymous.statusCode()).isEqualTo(401);
		assertThat(JSON.readTree(anonymous.body())).isEqualTo(JSON
			.readTree("{\"success\":false,\"message\":\"Invalid API key or IP not allowlisted\",\"statusCode\":401}"));
		assertThat(anonymous.headers().firstValue("X-RateLimit-Limit")).hasValue("120");
		assertThat(wrongKey.statusCode()).isEqualTo(401);
	}

	@Test
	void listsCountriesAndRegionalBundlesByType() throws Exception {
		JsonNode all = okData("/api/v1/esim/regions").path("regions");
		JsonNode countries = okData("/api/v1/esim/regions?type=1").path("regions");
		JsonNode bundles = okData("/api/v1/esim/regions?type=2").path("regions");

		assertThat(countries.size()).isGreaterThanOrEqualTo(18);
		assertThat(bundles.size()).isGreaterThanOrEqualTo(4);
		assertThat(all.size()).isEqualTo(countries.size() + bundles.size());
		assertThat(countries.valueStream().map((region) -> region.path("type").asString())).containsOnly("country");
		assertThat(bundles.valueStream().map((region) -> region.path("type").asString())).containsOnly("multi-country");
		assertThat(bundles.valueStream()
			.map((region) -> region.path("code").asString() + "=" + region.path("name").asString()))
			.contains("EU-42=Europe (40+ areas)");
		assertThat(countries.valueStream().map((region) -> region.path("code").asString())).contains("NG", "GH", "KE",
				"ZA", "QA", "US", "GB", "ES");
		assertThat(all.valueStream().map((region) -> region.path("flagUrl"))).anyMatch(JsonNode::isNull)
			.anyMatch((flag) -> flag.asString().equals("https://flagcdn.com/w320/ng.png"));
		assertThat(all.get(0).has("iso")).isTrue();
	}

	@Test
	void refusesAnUnknownRegionTypeWithValidationMessages() throws Exception {
		HttpResponse<String> response = send(authorized("/api/v1/esim/regions?type=3").GET());

		assertThat(response.statusCode()).isEqualTo(400);
		JsonNode body = JSON.readTree(response.body());
		assertThat(body.path("statusCode").asInt()).isEqualTo(400);
		assertThat(body.path("error").asString()).isEqualTo("Bad Request");
		assertThat(body.path("message").isArray()).isTrue();
	}

	@Test
	void listsPackagesOfACountryWithNairaPrices() throws Exception {
		JsonNode data = okData("/api/v1/esim/packages?regionCode=QA&regionType=country&type=BASE");

		assertThat(data.path("exchangeRate").decimalValue()).isEqualByComparingTo("1620");
		JsonNode packages = data.path("packages");
		assertThat(packages.size()).isGreaterThanOrEqualTo(5);
		JsonNode qatar = packages.get(0);
		assertThat(qatar.path("packageCode").asString()).isEqualTo(DancitySimulator.QATAR_1GB_7DAYS);
		assertThat(qatar.path("name").asString()).isEqualTo("Qatar 1GB 7Days");
		assertThat(qatar.path("price").decimalValue()).isEqualByComparingTo("1.75");
		assertThat(qatar.path("currency").asString()).isEqualTo("USD");
		assertThat(qatar.path("priceInNaira").decimalValue()).isEqualByComparingTo("2835");
		assertThat(qatar.path("volume").asLong()).isEqualTo(GIB);
		assertThat(qatar.path("duration").asInt()).isEqualTo(7);
		assertThat(qatar.path("type").asString()).isEqualTo("BASE");
		assertThat(qatar.path("regionCode").asString()).isEqualTo("QA");
		assertThat(qatar.path("speed").asString()).isEqualTo("3G/4G/5G");
		assertThat(qatar.path("location").asString()).isEqualTo("QA");
		assertThat(qatar.path("coverage").get(0).path("locationName").asString()).isEqualTo("Qatar");
		assertThat(qatar.path("coverage").get(0).path("locationCode").asString()).isEqualTo("QA");
		for (JsonNode pkg : packages) {
			BigDecimal expected = pkg.path("price")
				.decimalValue()
				.multiply(new BigDecimal("1620"))
				.setScale(0, RoundingMode.CEILING);
			assertThat(pkg.path("priceInNaira").decimalValue()).isEqualByComparingTo(expected);
		}
	}

	@Test
	void listsRegionalPackagesOnlyUnderTheirRegionType() throws Exception {
		JsonNode regional = okData("/api/v1/esim/packages?regionCode=EU-42&regionType=multi-country").path("packages");
		JsonNode asCountry = okData("/api/v1/esim/packages?regionCode=EU-42").path("packages");
		JsonNode unknown = okData("/api/v1/esim/packages?regionCode=ZZ").path("packages");

		assertThat(regional.size()).isGreaterThanOrEqualTo(5);
		assertThat(regional.get(0).path("location").asString().split(",")).hasSize(42).contains("FR", "DE");
		assertThat(regional.get(0).path("coverage").size()).isEqualTo(42);
		assertThat(asCountry.isEmpty()).isTrue();
		assertThat(unknown.isArray()).isTrue();
		assertThat(unknown.isEmpty()).isTrue();
	}

	@Test
	void givesEveryPackageInTheCatalogItsOwnCode() throws Exception {
		List<String> codes = new ArrayList<>();
		for (JsonNode region : okData("/api/v1/esim/regions").path("regions")) {
			String type = region.path("type").asString();
			JsonNode packages = okData(
					"/api/v1/esim/packages?regionCode=" + region.path("code").asString() + "&regionType=" + type)
				.path("packages");
			assertThat(packages.size()).as(region.toString()).isGreaterThanOrEqualTo(5);
			packages.forEach((pkg) -> codes.add(pkg.path("packageCode").asString()));
		}

		assertThat(codes).doesNotHaveDuplicates().allMatch((code) -> code.matches("[A-Z0-9]{6,9}"));
	}

	@Test
	void provisionsAnEsimSomeTimeAfterThePurchase() throws Exception {
		simulator.provisioningDelay(Duration.ofMillis(300));

		JsonNode purchase = purchase(DancitySimulator.QATAR_1GB_7DAYS, "ORDER-1", null);
		JsonNode pending = okData("/api/v1/esim/details/ORDER-1");
		JsonNode ready = awaitDetails("ORDER-1", "GOT_RESOURCE");

		assertThat(purchase.path("status").asString()).isEqualTo("SUCCESS");
		assertThat(purchase.path("_id").asString()).matches("[0-9a-f]{24}");
		assertThat(purchase.path("transactionId").asString()).isEqualTo(purchase.path("_id").asString());
		assertThat(purchase.path("tranxId").asString()).matches("DNTY[0-9]{7}[A-Z0-9]{5}");
		assertThat(purchase.path("service").asString()).isEqualTo("ESIM");
		assertThat(purchase.path("customerRef").asString()).isEqualTo("ORDER-1");
		assertThat(purchase.path("currency").asString()).isEqualTo("NGN");
		assertThat(purchase.path("packageCode").asString()).isEqualTo(DancitySimulator.QATAR_1GB_7DAYS);
		assertThat(purchase.has("iccid")).isFalse();
		assertThat(purchase.has("activationCode")).isFalse();
		assertThat(pending.path("status").asString()).isEqualTo("GETTING_RESOURCE");
		assertThat(pending.path("iccid").isNull()).isTrue();
		assertThat(pending.path("activationCode").isNull()).isTrue();
		assertThat(pending.path("qrCodeUrl").isNull()).isTrue();
		assertThat(ready.path("iccid").asString()).matches("8948010010[0-9]{9}").satisfies(this::hasLuhnCheckDigit);
		assertThat(ready.path("imsi").asString()).matches("26001[0-9]{10}");
		assertThat(ready.path("activationCode").asString()).matches("LPA:1\\$rsp-eu\\.simlessly\\.com\\$[0-9A-F]{32}");
		assertThat(ready.path("qrCodeUrl").asString()).matches("https://p\\.qrsim\\.net/[0-9a-f]{32}\\.png");
		assertThat(ready.path("totalVolume").asLong()).isEqualTo(GIB);
		assertThat(ready.path("dataUsageRemaining").asLong()).isEqualTo(GIB);
		assertThat(ready.path("totalDuration").asInt()).isEqualTo(7);
		assertThat(ready.path("validityRemaining").asInt()).isEqualTo(7);
		assertThat(Instant.parse(ready.path("expiredAt").asString()))
			.isAfter(Instant.parse(ready.path("createdAt").asString()));
		JsonNode details = ready.path("packageDetails");
		assertThat(details.path("code").asString()).isEqualTo(DancitySimulator.QATAR_1GB_7DAYS);
		assertThat(details.path("name").asString()).isEqualTo("Qatar 1GB 7Days");
		assertThat(details.path("price").decimalValue()).isEqualByComparingTo("1.7115");
		assertThat(details.path("locationLogo").asString()).isEqualTo("https://flagcdn.com/w320/qa.png");
		assertThat(details.path("coverage").get(0).path("operatorList").get(0).path("operatorName").asString())
			.isEqualTo("ooredoo");
	}

	@Test
	void findsAnEsimByMongoIdTranxIdOrCustomerRef() throws Exception {
		JsonNode purchase = purchase(DancitySimulator.QATAR_1GB_7DAYS, "ORDER-2", null);

		String byRef = okData("/api/v1/esim/details/ORDER-2").path("iccid").asString();
		String byId = okData("/api/v1/esim/details/" + purchase.path("_id").asString()).path("iccid").asString();
		String byTranxId = okData("/api/v1/esim/details/" + purchase.path("tranxId").asString()).path("iccid")
			.asString();

		assertThat(byRef).isNotBlank().isEqualTo(byId).isEqualTo(byTranxId);
		assertNotFound("/api/v1/esim/details/NO-SUCH-ORDER", "eSIM not found");
	}

	@Test
	void keepsEsimsPendingUntilProvisionedOnRequest() throws Exception {
		simulator.provisioningDelay(Duration.ofHours(1));
		purchase(DancitySimulator.QATAR_1GB_7DAYS, "ORDER-3", null);

		String before = okData("/api/v1/esim/details/ORDER-3").path("status").asString();
		simulator.provisionAll();
		String after = okData("/api/v1/esim/details/ORDER-3").path("status").asString();

		assertThat(before).isEqualTo("GETTING_RESOURCE");
		assertThat(after).isEqualTo("GOT_RESOURCE");
	}

	@Test
	void debitsTheWalletByTheNairaPrice() throws Exception {
		simulator.walletBalance(new BigDecimal("10000"));

		JsonNode purchase = purchase(DancitySimulator.QATAR_1GB_7DAYS, "ORDER-4", null);
		JsonNode wallet = okData("/api/v1/wallet").get(0);

		assertThat(purchase.path("amount").decimalValue()).isEqualByComparingTo("2835");
		assertThat(purchase.path("balanceBefore").decimalValue()).isEqualByComparingTo("10000");
		assertThat(purchase.path("balanceAfter").decimalValue()).isEqualByComparingTo("7165");
		assertThat(wallet.path("balance").decimalValue()).isEqualByComparingTo("7165");
		assertThat(wallet.path("name").asString()).isEqualTo("Main Wallet");
		assertThat(wallet.path("currency").asString()).isEqualTo("NGN");
		assertThat(wallet.path("_id").asString()).matches("[0-9a-f]{24}");
		assertThat(simulator.walletBalance()).isEqualByComparingTo("7165");
		assertThat(simulator.priceInNaira(DancitySimulator.QATAR_1GB_7DAYS)).isEqualByComparingTo("2835");
	}

	@Test
	void startsWithAWalletLargeEnoughForADemo() throws Exception {
		assertThat(okData("/api/v1/wallet").get(0).path("balance").decimalValue()).isEqualByComparingTo("5000000");
	}

	@Test
	void refusesAPurchaseTheWalletCannotCover() throws Exception {
		simulator.walletBalance(new BigDecimal("1000"));

		HttpResponse<String> response = postPurchase(DancitySimulator.QATAR_1GB_7DAYS, "ORDER-5", null);

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(JSON.readTree(response.body())).isEqualTo(
				JSON.readTree("{\"success\":false,\"message\":\"Insufficient wallet balance\",\"statusCode\":400}"));
		assertThat(simulator.walletBalance()).isEqualByComparingTo("1000");
		assertNotFound("/api/v1/transactions/ORDER-5", "Transaction not found");
	}

	@Test
	void refusesAnUnknownOrMissingPackageWithValidationMessages() throws Exception {
		HttpResponse<String> unknown = postPurchase("NOPE42", "ORDER-6", null);
		HttpResponse<String> missing = send(
				authorized("/api/v1/esim/purchase").header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString("{\"customerRef\":\"ORDER-6\"}")));

		for (HttpResponse<String> response : List.of(unknown, missing)) {
			assertThat(response.statusCode()).isEqualTo(400);
			JsonNode body = JSON.readTree(response.body());
			assertThat(body.path("statusCode").asInt()).isEqualTo(400);
			assertThat(body.path("error").asString()).isEqualTo("Bad Request");
			assertThat(body.path("message").isArray()).isTrue();
		}
		assertThat(JSON.readTree(unknown.body()).path("message").get(0).asString()).contains("NOPE42");
		assertThat(simulator.purchaseCount("ORDER-6")).isEqualTo(2);
	}

	@Test
	void refusesAnEmptyPurchaseWithValidationMessages() throws Exception {
		HttpResponse<String> response = send(
				authorized("/api/v1/esim/purchase").header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.noBody()));

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(JSON.readTree(response.body()).path("message").valueStream().map(JsonNode::asString))
			.contains("packageCode should not be empty");
	}

	@Test
	void debitsEachOfManyConcurrentPurchasesExactlyOnce() throws Exception {
		List<CompletableFuture<HttpResponse<String>>> responses = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			responses.add(HTTP.sendAsync(purchaseRequest(DancitySimulator.QATAR_1GB_7DAYS, "BULK-" + i, null).build(),
					HttpResponse.BodyHandlers.ofString()));
		}

		List<String> ids = new ArrayList<>();
		for (CompletableFuture<HttpResponse<String>> response : responses) {
			assertThat(response.get().statusCode()).isEqualTo(200);
			ids.add(JSON.readTree(response.get().body()).path("data").path("_id").asString());
		}
		assertThat(ids).doesNotHaveDuplicates();
		assertThat(simulator.walletBalance()).isEqualByComparingTo(DancitySimulator.DEFAULT_WALLET_BALANCE
			.subtract(new BigDecimal("2835").multiply(BigDecimal.valueOf(20))));
		assertThat(okData("/api/v1/esim/my-esims?limit=100").path("pagination").path("total").asInt()).isEqualTo(20);
	}

	@Test
	void recordsADuplicateCustomerRefAsASecondPurchaseAndFindsTheLatest() throws Exception {
		JsonNode first = purchase(DancitySimulator.QATAR_1GB_7DAYS, "ORDER-7", null);
		JsonNode second = purchase(DancitySimulator.NIGERIA_100MB_7DAYS, "ORDER-7", null);

		JsonNode transaction = okData("/api/v1/transactions/ORDER-7");
		JsonNode details = okData("/api/v1/esim/details/ORDER-7");

		assertThat(second.path("_id").asString()).isNotEqualTo(first.path("_id").asString());
		assertThat(transaction.path("_id").asString()).isEqualTo(second.path("_id").asString());
		assertThat(details.path("packageDetails").path("code").asString())
			.isEqualTo(DancitySimulator.NIGERIA_100MB_7DAYS);
		assertThat(simulator.purchaseCount("ORDER-7")).isEqualTo(2);
		assertThat(okData("/api/v1/esim/my-esims").path("esims").size()).isEqualTo(2);
	}

	@Test
	void topUpAddsDataAndValidityToTheEsim() throws Exception {
		purchase(DancitySimulator.QATAR_1GB_7DAYS, "ORDER-8", null);
		String iccid = okData("/api/v1/esim/details/ORDER-8").path("iccid").asString();

		JsonNode topUps = okData("/api/v1/esim/topup-packages?iccid=" + iccid);
		JsonNode topUp = purchase("TOPUP_" + DancitySimulator.QATAR_1GB_7DAYS, "TOPUP-8", iccid);
		JsonNode details = okData("/api/v1/esim/details/ORDER-8");

		assertThat(topUps.path("exchangeRate").asInt()).isEqualTo(1620);
		assertThat(topUps.path("packages").valueStream().map((pkg) -> pkg.path("type").asString()))
			.containsOnly("TOPUP");
		assertThat(topUps.path("packages").valueStream().map((pkg) -> pkg.path("packageCode").asString()))
			.contains("TOPUP_" + DancitySimulator.QATAR_1GB_7DAYS);
		assertThat(topUps.path("packages").valueStream().map((pkg) -> pkg.path("regionCode").asString()))
			.containsOnly("QA");
		assertThat(topUp.path("status").asString()).isEqualTo("SUCCESS");
		assertThat(details.path("totalVolume").asLong()).isEqualTo(2 * GIB);
		assertThat(details.path("dataUsageRemaining").asLong()).isEqualTo(2 * GIB);
		assertThat(details.path("totalDuration").asInt()).isEqualTo(14);
		assertThat(details.path("validityRemaining").asInt()).isEqualTo(14);
		assertThat(okData("/api/v1/esim/details/TOPUP-8").path("iccid").asString()).isEqualTo(iccid);
	}

	@Test
	void refusesATopUpWithoutOrWithAnUnknownIccid() throws Exception {
		String topUpCode = "TOPUP_" + DancitySimulator.QATAR_1GB_7DAYS;

		HttpResponse<String> withoutIccid = postPurchase(topUpCode, "TOPUP-9", null);
		HttpResponse<String> unknownIccid = postPurchase(topUpCode, "TOPUP-9", "8948010010000000000");

		for (HttpResponse<String> response : List.of(withoutIccid, unknownIccid)) {
			assertThat(response.statusCode()).isEqualTo(400);
			JsonNode body = JSON.readTree(response.body());
			assertThat(body.path("statusCode").asInt()).isEqualTo(400);
			assertThat(body.path("error").asString()).isEqualTo("Bad Request");
		}
	}

	@Test
	void offersTopUpsOnlyForAKnownEsimThatCanTakeThem() throws Exception {
		purchase(DancitySimulator.QATAR_1GB_7DAYS, "ORDER-10", null);
		String iccid = okData("/api/v1/esim/details/ORDER-10").path("iccid").asString();
		simulator.esimStatus(iccid, "CANCEL");

		assertNotFound("/api/v1/esim/topup-packages?iccid=8948010010000000000", "eSIM not found");
		assertThat(okData("/api/v1/esim/topup-packages?iccid=" + iccid).path("packages").isEmpty()).isTrue();
	}

	@Test
	void reportsDataUseAndStatusSetByTheTest() throws Exception {
		purchase(DancitySimulator.NIGERIA_100MB_7DAYS, "ORDER-11", null);

		simulator.consumeData("ORDER-11", 40L * 1024 * 1024);
		JsonNode inUse = okData("/api/v1/esim/details/ORDER-11");
		simulator.consumeData("ORDER-11", 100L * 1024 * 1024);
		JsonNode usedUp = okData("/api/v1/esim/details/ORDER-11");

		assertThat(inUse.path("status").asString()).isEqualTo("IN_USE");
		assertThat(inUse.path("dataUsageRemaining").asLong()).isEqualTo(60L * 1024 * 1024);
		assertThat(usedUp.path("status").asString()).isEqualTo("USED_UP");
		assertThat(usedUp.path("dataUsageRemaining").asLong()).isZero();
	}

	@Test
	void pagesThroughTheMerchantsEsimsNewestFirst() throws Exception {
		for (String ref : List.of("ORDER-A", "ORDER-B", "ORDER-C")) {
			purchase(DancitySimulator.NIGERIA_100MB_7DAYS, ref, null);
		}

		JsonNode first = okData("/api/v1/esim/my-esims?page=1&limit=2");
		JsonNode second = okData("/api/v1/esim/my-esims?page=2&limit=2");

		assertThat(first.path("esims").size()).isEqualTo(2);
		assertThat(second.path("esims").size()).isEqualTo(1);
		assertThat(JSON.treeToValue(first.path("pagination"), Pagination.class))
			.isEqualTo(new Pagination(1, 2, 3, 2, false, true));
		assertThat(JSON.treeToValue(second.path("pagination"), Pagination.class))
			.isEqualTo(new Pagination(2, 2, 3, 2, true, false));
		JsonNode newest = first.path("esims").get(0);
		assertThat(newest.path("tranxId").asString())
			.isEqualTo(okData("/api/v1/transactions/ORDER-C").path("tranxId").asString());
		assertThat(newest.path("packageCode").asString()).isEqualTo(DancitySimulator.NIGERIA_100MB_7DAYS);
		assertThat(newest.path("packageName").asString()).isEqualTo("Nigeria 100MB 7Days");
		assertThat(newest.path("packageVolume").asLong()).isEqualTo(104_857_600L);
		assertThat(newest.path("regionCode").asString()).isEqualTo("NG");
		assertThat(newest.path("amount").asInt()).isEqualTo(972);
		assertThat(newest.path("status").asString()).isEqualTo("GOT_RESOURCE");
		assertThat(newest.path("iccid").asString()).startsWith("8948");
		assertThat(newest.has("smdpAddress")).isTrue();
		assertThat(newest.path("purchasedAt").asString()).endsWith("Z");
	}

	@Test
	void findsATransactionByEveryReference() throws Exception {
		JsonNode purchase = purchase(DancitySimulator.QATAR_1GB_7DAYS, "ORDER-12", null);

		JsonNode byRef = okData("/api/v1/transactions/ORDER-12");
		JsonNode byId = okData("/api/v1/transactions/" + purchase.path("_id").asString());
		JsonNode byTranxId = okData("/api/v1/transactions/" + purchase.path("tranxId").asString());

		assertThat(byRef).isEqualTo(byId).isEqualTo(byTranxId);
		assertThat(byRef.path("service").asString()).isEqualTo("ESIM");
		assertThat(byRef.path("status").asString()).isEqualTo("SUCCESS");
		assertThat(byRef.path("tranxType").asString()).isEqualTo("DEBIT");
		assertThat(byRef.path("amount").asInt()).isEqualTo(2835);
		assertThat(byRef.path("customerRef").asString()).isEqualTo("ORDER-12");
		assertThat(byRef.path("isReversal").asBoolean()).isFalse();
		assertNotFound("/api/v1/transactions/NO-SUCH-ORDER", "Transaction not found");
	}

	@Test
	void canReportAFailedPurchaseInsideASuccessfulAnswer() throws Exception {
		BigDecimal before = simulator.walletBalance();
		simulator.nextPurchaseFailsInside200();

		HttpResponse<String> response = postPurchase(DancitySimulator.QATAR_1GB_7DAYS, "ORDER-13", null);

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode body = JSON.readTree(response.body());
		assertThat(body.path("success").asBoolean()).isTrue();
		assertThat(body.path("data").path("status").asString()).isEqualTo("FAILED");
		assertThat(body.path("data").path("apiResponse").asString()).isNotBlank();
		assertThat(simulator.walletBalance()).isEqualByComparingTo(before);
		assertThat(okData("/api/v1/transactions/ORDER-13").path("status").asString()).isEqualTo("FAILED");
		assertNotFound("/api/v1/esim/details/ORDER-13", "eSIM not found");
		assertThat(purchase(DancitySimulator.QATAR_1GB_7DAYS, "ORDER-14", null).path("status").asString())
			.isEqualTo("SUCCESS");
	}

	@Test
	void canRecordAPurchaseAndAnswerTooLate() throws Exception {
		simulator.nextPurchaseRecordedThenTimesOut(Duration.ofSeconds(2));

		assertThatExceptionOfType(HttpTimeoutException.class).isThrownBy(() -> send(
				purchaseRequest(DancitySimulator.QATAR_1GB_7DAYS, "ORDER-15", null).timeout(Duration.ofMillis(300))));

		assertThat(okData("/api/v1/transactions/ORDER-15").path("status").asString()).isEqualTo("SUCCESS");
		assertThat(simulator.purchaseCount("ORDER-15")).isOne();
	}

	@Test
	void canRecordAPurchaseAndResetTheConnection() throws Exception {
		BigDecimal before = simulator.walletBalance();
		simulator.nextPurchaseRecordedThenConnectionReset();

		assertThatExceptionOfType(IOException.class)
			.isThrownBy(() -> postPurchase(DancitySimulator.QATAR_1GB_7DAYS, "ORDER-16", null));

		assertThat(okData("/api/v1/transactions/ORDER-16").path("status").asString()).isEqualTo("SUCCESS");
		assertThat(simulator.walletBalance()).isEqualByComparingTo(before.subtract(new BigDecimal("2835")));
		assertThat(simulator.purchases()).extracting(PurchaseAttempt::customerRef).containsExactly("ORDER-16");
	}

	@Test
	void canAnswer500AfterRecordingThePurchase() throws Exception {
		simulator.nextPurchaseAnswers5xx(true);

		HttpResponse<String> response = postPurchase(DancitySimulator.QATAR_1GB_7DAYS, "ORDER-17", null);

		assertThat(response.statusCode()).isEqualTo(500);
		assertThat(JSON.readTree(response.body())).isEqualTo(JSON.readTree("{\"success\":false,"
				+ "\"message\":\"Sorry, something went wrong. Please try again later\",\"statusCode\":500}"));
		assertThat(okData("/api/v1/transactions/ORDER-17").path("status").asString()).isEqualTo("SUCCESS");
	}

	@Test
	void canAnswer500WithoutRecordingThePurchase() throws Exception {
		BigDecimal before = simulator.walletBalance();
		simulator.nextPurchaseAnswers5xx(false);

		HttpResponse<String> response = postPurchase(DancitySimulator.QATAR_1GB_7DAYS, "ORDER-18", null);

		assertThat(response.statusCode()).isEqualTo(500);
		assertNotFound("/api/v1/transactions/ORDER-18", "Transaction not found");
		assertThat(simulator.walletBalance()).isEqualByComparingTo(before);
		assertThat(simulator.purchases()).singleElement()
			.isEqualTo(new PurchaseAttempt(DancitySimulator.QATAR_1GB_7DAYS, "ORDER-18", null,
					simulator.purchases().get(0).receivedAt()));
	}

	@Test
	void appliesArmedFailuresToValidPurchasesOnly() throws Exception {
		simulator.nextPurchaseAnswers5xx(false);

		HttpResponse<String> invalid = postPurchase("NOPE42", "ORDER-19", null);
		HttpResponse<String> valid = postPurchase(DancitySimulator.QATAR_1GB_7DAYS, "ORDER-19", null);
		HttpResponse<String> next = postPurchase(DancitySimulator.QATAR_1GB_7DAYS, "ORDER-20", null);

		assertThat(List.of(invalid.statusCode(), valid.statusCode(), next.statusCode())).containsExactly(400, 500, 200);
	}

	@Test
	void canTakeAnEndpointDownAndBackUp() throws Exception {
		simulator.endpointDown("/api/v1/esim/details", 503);
		simulator.endpointDown("/api/v1/esim/regions", 500);

		HttpResponse<String> details = send(authorized("/api/v1/esim/details/ORDER-21").GET());
		HttpResponse<String> regions = send(authorized("/api/v1/esim/regions").GET());
		simulator.endpointUp("/api/v1/esim/regions");
		HttpResponse<String> regionsAgain = send(authorized("/api/v1/esim/regions").GET());

		assertThat(details.statusCode()).isEqualTo(503);
		assertThat(details.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
		assertThat(regions.statusCode()).isEqualTo(500);
		assertThat(JSON.readTree(regions.body()).path("success").asBoolean()).isFalse();
		assertThat(regionsAgain.statusCode()).isEqualTo(200);
	}

	@Test
	void delaysEveryAnswerByTheConfiguredLatency() {
		simulator.latency(Duration.ofSeconds(2));

		assertThatExceptionOfType(HttpTimeoutException.class)
			.isThrownBy(() -> send(authorized("/api/v1/wallet").timeout(Duration.ofMillis(200)).GET()));
	}

	@Test
	void reportsTheRateLimitOnEveryAnswer() throws Exception {
		HttpResponse<String> first = send(authorized("/api/v1/wallet").GET());
		HttpResponse<String> second = send(authorized("/api/v1/esim/regions").GET());

		assertThat(first.headers().firstValue("X-RateLimit-Limit")).hasValue("120");
		long firstRemaining = Long.parseLong(first.headers().firstValue("X-RateLimit-Remaining").orElseThrow());
		long secondRemaining = Long.parseLong(second.headers().firstValue("X-RateLimit-Remaining").orElseThrow());
		assertThat(firstRemaining).isLessThan(120);
		// The minute may roll over between the two calls, which restarts the count.
		assertThat(secondRemaining).isIn(firstRemaining - 1, 119L);
		long reset = Long.parseLong(second.headers().firstValue("X-RateLimit-Reset").orElseThrow());
		assertThat(reset).isBetween(Instant.now().getEpochSecond(), Instant.now().getEpochSecond() + 61);
	}

	@Test
	void refusesRequestsOverTheLimitOnlyWhenEnforced() throws Exception {
		List<Integer> relaxed = statuses(130);
		simulator.enforceRateLimit(true);
		HttpResponse<String> refused = null;
		for (int i = 0; i < 250 && refused == null; i++) {
			HttpResponse<String> response = send(authorized("/api/v1/wallet").GET());
			if (response.statusCode() == 429) {
				refused = response;
			}
		}

		assertThat(relaxed).containsOnly(200);
		assertThat(refused).isNotNull();
		assertThat(JSON.readTree(refused.body())).isEqualTo(JSON
			.readTree("{\"statusCode\":429,\"message\":\"Too Many Requests\",\"error\":\"Too Many Requests\"}"));
		assertThat(refused.headers().firstValue("X-RateLimit-Remaining")).hasValue("0");
	}

	@Test
	void answersAnUnknownRouteLikeNest() throws Exception {
		HttpResponse<String> response = send(authorized("/api/v1/esim/nothing-here").GET());

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(JSON.readTree(response.body())).isEqualTo(JSON.readTree(
				"{\"statusCode\":404,\"message\":\"Cannot GET /api/v1/esim/nothing-here\",\"error\":\"Not Found\"}"));
	}

	@Test
	void letsATestsOwnStubWinAndStillCountsTheRequest() throws Exception {
		simulator.server()
			.stubFor(
					get("/api/v1/wallet").willReturn(okJson("{\"success\":true,\"message\":\"Stubbed\",\"data\":[]}")));

		JsonNode data = okData("/api/v1/wallet");
		okData("/api/v1/esim/packages?regionCode=NG");
		okData("/api/v1/esim/packages?regionCode=GH");

		assertThat(data.isEmpty()).isTrue();
		assertThat(simulator.requestCount("/api/v1/wallet")).isOne();
		assertThat(simulator.requestCount("/api/v1/esim/packages")).isEqualTo(2);
		assertThat(simulator.requestCount("/api/v1/esim")).isEqualTo(2);
	}

	@Test
	void repricesAndWithdrawsPackagesOnRequest() throws Exception {
		String withdrawn = simulator.packageCodes("GH").get(1);
		simulator.packagePrice(DancitySimulator.QATAR_1GB_7DAYS, new BigDecimal("2.00"));
		simulator.withdrawPackage(withdrawn);

		JsonNode qatar = okData("/api/v1/esim/packages?regionCode=QA").path("packages").get(0);
		JsonNode ghana = okData("/api/v1/esim/packages?regionCode=GH").path("packages");

		assertThat(qatar.path("priceInNaira").asInt()).isEqualTo(3240);
		assertThat(ghana.valueStream().map((pkg) -> pkg.path("packageCode").asString())).doesNotContain(withdrawn);
		assertThat(postPurchase(withdrawn, "ORDER-22", null).statusCode()).isEqualTo(400);
	}

	@Test
	void resetRestoresTheDefaults() throws Exception {
		simulator.walletBalance(BigDecimal.ONE);
		simulator.nextPurchaseAnswers5xx(false);
		simulator.endpointDown("/api/v1", 500);
		simulator.server().stubFor(get("/api/v1/wallet").willReturn(okJson("{}")));

		simulator.reset();

		assertThat(okData("/api/v1/wallet").get(0).path("balance").decimalValue()).isEqualByComparingTo("5000000");
		assertThat(postPurchase(DancitySimulator.QATAR_1GB_7DAYS, "ORDER-23", null).statusCode()).isEqualTo(200);
		assertThat(simulator.purchases()).hasSize(1);
		assertThat(okData("/api/v1/esim/details/ORDER-23").path("status").asString()).isEqualTo("GETTING_RESOURCE");
	}

	private List<Integer> statuses(int requests) throws Exception {
		List<Integer> statuses = new ArrayList<>();
		for (int i = 0; i < requests; i++) {
			statuses.add(send(authorized("/api/v1/wallet").GET()).statusCode());
		}
		return statuses;
	}

	private void hasLuhnCheckDigit(String iccid) {
		String body = iccid.substring(0, iccid.length() - 1);
		assertThat(iccid.charAt(iccid.length() - 1) - '0').isEqualTo(SimulatorIds.luhnCheckDigit(body));
	}

	private JsonNode awaitDetails(String reference, String status) throws Exception {
		Instant deadline = Instant.now().plusSeconds(10);
		JsonNode details = okData("/api/v1/esim/details/" + reference);
		while (!details.path("status").asString().equals(status) && Instant.now().isBefore(deadline)) {
			Thread.sleep(50);
			details = okData("/api/v1/esim/details/" + reference);
		}
		return details;
	}

	private JsonNode purchase(String packageCode, String customerRef, String iccid) throws Exception {
		HttpResponse<String> response = postPurchase(packageCode, customerRef, iccid);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		JsonNode body = JSON.readTree(response.body());
		assertThat(body.path("success").asBoolean()).isTrue();
		assertThat(body.path("message").asString()).isEqualTo("eSIM purchased successfully");
		return body.path("data");
	}

	private HttpResponse<String> postPurchase(String packageCode, String customerRef, String iccid)
			throws IOException, InterruptedException {
		return send(purchaseRequest(packageCode, customerRef, iccid));
	}

	private HttpRequest.Builder purchaseRequest(String packageCode, String customerRef, String iccid) {
		String body = JSON.writeValueAsString(
				SimulatorJson.object("packageCode", packageCode, "customerRef", customerRef, "iccid", iccid));
		return authorized("/api/v1/esim/purchase").header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
	}

	private void assertNotFound(String path, String message) throws Exception {
		HttpResponse<String> response = send(authorized(path).GET());
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(JSON.readTree(response.body()))
			.isEqualTo(JSON.readTree("{\"success\":false,\"message\":\"" + message + "\",\"statusCode\":404}"));
	}

	private JsonNode okData(String path) throws Exception {
		HttpResponse<String> response = send(authorized(path).GET());
		assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(200);
		JsonNode body = JSON.readTree(response.body());
		assertThat(body.path("success").asBoolean()).isTrue();
		assertThat(body.path("message").asString()).isNotBlank();
		return body.path("data");
	}

	private static HttpRequest.Builder authorized(String path) {
		return HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + DancitySimulator.API_KEY);
	}

	private static URI uri(String path) {
		return URI.create(simulator.baseUrl() + path);
	}

	private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * The pagination block of a list answer.
	 *
	 * @param page the page
	 * @param limit the page size
	 * @param total number of items
	 * @param totalPages number of pages
	 * @param hasPrevious whether a page comes before
	 * @param hasNext whether a page comes after
	 */
	record Pagination(int page, int limit, int total, int totalPages, boolean hasPrevious, boolean hasNext) {
	}

}
