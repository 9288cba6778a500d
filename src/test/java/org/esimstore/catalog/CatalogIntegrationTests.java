package org.esimstore.catalog;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.esimstore.IntegrationTest;
import org.esimstore.dancity.DancitySimulator;
import org.esimstore.money.Money;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalog through HTTP against the simulated Dancity: one Dancity call for a burst of
 * cold requests, the last good catalog while Dancity is down, and problems for bad input.
 */
@IntegrationTest
class CatalogIntegrationTests {

	private static final String CATALOG_PATHS = "/api/v1/esim";

	@Autowired
	RestTestClient client;

	@Autowired
	DancitySimulator simulator;

	@Autowired
	CatalogCache cache;

	@Autowired
	PackageLookup packageLookup;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void dancityIsBackUp() {
		this.simulator.endpointUp(CATALOG_PATHS);
	}

	@Test
	void aBurstOfColdRequestsForARegionMakesOneDancityCall() throws Exception {
		loaded("JP");
		int callsBefore = packageCalls("JP");
		this.cache.evict("JP");

		CountDownLatch start = new CountDownLatch(1);
		List<Future<HttpStatus>> answers = new ArrayList<>();
		try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
			for (int i = 0; i < 50; i++) {
				answers.add(executor.submit(() -> {
					start.await(10, TimeUnit.SECONDS);
					return HttpStatus.valueOf(this.client.get()
						.uri("/api/v1/catalog/regions/JP/packages")
						.exchange()
						.returnResult(String.class)
						.getStatus()
						.value());
				}));
			}
			start.countDown();
			for (Future<HttpStatus> answer : answers) {
				assertThat(answer.get(30, TimeUnit.SECONDS)).isEqualTo(HttpStatus.OK);
			}
		}

		assertThat(packageCalls("JP") - callsBefore).isEqualTo(1);
	}

	@Test
	void listsPackagesWithDataLabelsRetailPricesAndCachingHeaders() {
		this.client.get()
			.uri("/api/v1/catalog/regions/ng/packages?sort=data")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.CACHE_CONTROL, "max-age=60, public")
			.expectHeader()
			.exists(HttpHeaders.ETAG)
			.expectHeader()
			.doesNotExist(CatalogController.STALE_HEADER)
			.expectBody()
			.jsonPath("$.region.code")
			.isEqualTo("NG")
			.jsonPath("$.items[0].packageCode")
			.isEqualTo(DancitySimulator.NIGERIA_100MB_7DAYS)
			.jsonPath("$.items[0].dataLabel")
			.isEqualTo("100 MB")
			.jsonPath("$.items[0].dataBytes")
			.isEqualTo(104_857_600)
			.jsonPath("$.items[0].price.currency")
			.isEqualTo("NGN")
			.jsonPath("$.items[1].dataLabel")
			.isEqualTo("1 GB");
	}

	@Test
	void answersNotModifiedWhenTheEntityTagStillMatches() {
		String etag = this.client.get()
			.uri("/api/v1/catalog/regions/NG/packages?currency=USD")
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult(String.class)
			.getResponseHeaders()
			.getETag();

		this.client.get()
			.uri("/api/v1/catalog/regions/NG/packages?currency=USD")
			.header(HttpHeaders.IF_NONE_MATCH, etag)
			.exchange()
			.expectStatus()
			.isNotModified()
			.expectHeader()
			.valueEquals(HttpHeaders.ETAG, etag)
			.expectBody()
			.isEmpty();
	}

	@Test
	void findsRegionsByAccentFreeSearchWithFlagsAndLowestPrices() {
		loaded("MA");

		this.client.get()
			.uri("/api/v1/catalog/regions?type=country&q=MOROC")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.items.length()")
			.isEqualTo(1)
			.jsonPath("$.items[0].code")
			.isEqualTo("MA")
			.jsonPath("$.items[0].type")
			.isEqualTo("country")
			.jsonPath("$.items[0].flagUrl")
			.isEqualTo("https://flagcdn.com/w320/ma.png")
			.jsonPath("$.items[0].from.currency")
			.isEqualTo("NGN")
			.jsonPath("$.items[0].from.amount")
			.isNotEmpty();
	}

	@Test
	void listsOnlyMultiCountryRegionsWhenAsked() {
		this.client.get()
			.uri("/api/v1/catalog/regions?type=multi-country")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.items[?(@.type == 'country')]")
			.doesNotExist()
			.jsonPath("$.items[?(@.code == 'EU-42')].flagUrl")
			.isEqualTo(Collections.singletonList(null));
	}

	@Test
	void servesTheLastGoodCatalogMarkedStaleWhileDancityIsDown() {
		loaded("NG");
		this.simulator.endpointDown(CATALOG_PATHS, 503);
		// As if this instance restarted an hour after the catalog was last loaded.
		this.jdbc.sql("UPDATE catalog_snapshot SET fetched_at = fetched_at - INTERVAL '1 hour'").update();
		this.cache.restore();

		this.client.get()
			.uri("/api/v1/catalog/regions/NG/packages")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(CatalogController.STALE_HEADER, "true")
			.expectHeader()
			.value(HttpHeaders.AGE, (age) -> assertThat(Long.parseLong(age)).isGreaterThanOrEqualTo(3600))
			.expectBody()
			.jsonPath("$.items[?(@.packageCode == '" + DancitySimulator.NIGERIA_100MB_7DAYS + "')]")
			.exists();
		this.client.get()
			.uri("/api/v1/catalog/regions")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(CatalogController.STALE_HEADER, "true");
	}

	@Test
	void answersUnavailableWithRetryAfterWhenNothingIsCachedAndDancityIsDown() {
		loaded("KE");
		this.cache.evict("KE");
		this.simulator.endpointDown(CATALOG_PATHS, 500);

		this.client.get()
			.uri("/api/v1/catalog/regions/KE/packages")
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.SERVICE_UNAVAILABLE)
			.expectHeader()
			.exists(HttpHeaders.RETRY_AFTER)
			.expectBody()
			.jsonPath("$.code")
			.isEqualTo("UPSTREAM_UNAVAILABLE");
	}

	@Test
	void refusesBadParametersWithProblemsNamingThem() {
		expectBadParameter("/api/v1/catalog/regions?type=planet", "type", "INVALID_PARAMETER");
		expectBadParameter("/api/v1/catalog/regions?currency=NAIRA", "currency", "INVALID_PARAMETER");
		expectBadParameter("/api/v1/catalog/regions?q=" + "x".repeat(101), "q", "INVALID_PARAMETER");
		expectBadParameter("/api/v1/catalog/regions/NG/packages?sort=size", "sort", "INVALID_PARAMETER");
		expectBadParameter("/api/v1/catalog/regions/NG/packages?currency=JPY", "currency", "UNSUPPORTED_CURRENCY");
	}

	@Test
	void answersNotFoundForRegionsOutsideTheCatalog() {
		this.client.get()
			.uri("/api/v1/catalog/regions/ZZ/packages")
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentType("application/problem+json")
			.expectBody()
			.jsonPath("$.code")
			.isEqualTo("REGION_NOT_FOUND")
			.jsonPath("$.detail")
			.isEqualTo("Region 'ZZ' is not in the catalog");
	}

	@Test
	void findsPackagesForCheckoutAtRetailPrices() {
		loaded("QA");

		assertThat(this.packageLookup.findPackage(DancitySimulator.QATAR_1GB_7DAYS, Money.NGN, Duration.ofMinutes(5)))
			.hasValueSatisfying((sellable) -> {
				assertThat(sellable.regionCode()).isEqualTo("QA");
				assertThat(sellable.wholesaleCost()).isEqualTo(Money.of("2835.00", "NGN"));
				assertThat(sellable.retailPrice().compareTo(sellable.wholesaleCost())).isPositive();
			});
		assertThat(this.packageLookup.findPackage("NO-SUCH-PACKAGE", Money.NGN, Duration.ofMinutes(5))).isEmpty();
	}

	@Test
	void documentsTheCatalogAnswersInOpenApi() {
		this.client.get()
			.uri("/v3/api-docs")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.paths['/api/v1/catalog/regions'].get.responses['200'].content['application/json'].schema.$ref")
			.isEqualTo("#/components/schemas/RegionPage")
			.jsonPath("$.components.schemas.PackageItem.properties.dataLabel")
			.exists();
	}

	private void expectBadParameter(String uri, String parameter, String code) {
		this.client.get()
			.uri(uri)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.code")
			.isEqualTo(code)
			.jsonPath("$.parameter")
			.isEqualTo(parameter);
	}

	// Waits for any load already running, so that what follows starts from a loaded
	// region.
	private void loaded(String regionCode) {
		this.cache.packages(this.cache.region(regionCode).orElseThrow());
	}

	private int packageCalls(String regionCode) {
		return this.simulator.server()
			.countRequestsMatching(getRequestedFor(urlPathEqualTo("/api/v1/esim/packages"))
				.withQueryParam("regionCode", equalTo(regionCode))
				.build())
			.getCount();
	}

}
