package org.esimstore.catalog;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.github.resilience4j.ratelimiter.RateLimiter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.esimstore.dancity.DancityClient;
import org.esimstore.dancity.DancityPackages;
import org.esimstore.dancity.DancityUnavailableException;
import org.esimstore.dancity.DancityUpstreamException;
import org.esimstore.dancity.RegionType;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.esimstore.catalog.CatalogFixtures.EUROPE;
import static org.esimstore.catalog.CatalogFixtures.IVORY_COAST;
import static org.esimstore.catalog.CatalogFixtures.NIGERIA;
import static org.esimstore.catalog.CatalogFixtures.PROPERTIES;
import static org.esimstore.catalog.CatalogFixtures.REGIONS;
import static org.esimstore.catalog.CatalogFixtures.offer;
import static org.esimstore.catalog.CatalogFixtures.packagesOf;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

/**
 * The catalog cache: single flights, background renewal, stale answers while Dancity is
 * down, and the budget of Dancity calls.
 */
@ExtendWith(OutputCaptureExtension.class)
class CatalogCacheTests {

	private static final DancityPackages NIGERIA_PACKAGES = packagesOf(offer("NG1G7D", "1.50", 1_073_741_824L, 7));

	private final TestClock clock = new TestClock();

	private final DancityClient dancity = mock(DancityClient.class);

	private final InMemoryCatalogSnapshots snapshots = new InMemoryCatalogSnapshots();

	private CatalogCache cache = cacheWithBudget(CatalogFixtures.generousBudget());

	@Test
	void concurrentColdRequestsForARegionMakeOneDancityCall() throws Exception {
		given(this.dancity.regions(null)).willReturn(REGIONS);
		CountDownLatch callStarted = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		willAnswer((invocation) -> {
			callStarted.countDown();
			release.await(10, TimeUnit.SECONDS);
			return NIGERIA_PACKAGES;
		}).given(this.dancity).packages("NG", RegionType.COUNTRY);
		List<Future<Cached<DancityPackages>>> results = new ArrayList<>();
		try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
			for (int i = 0; i < 100; i++) {
				results.add(executor.submit(() -> this.cache.packages(this.cache.region("ng").orElseThrow())));
			}
			assertThat(callStarted.await(10, TimeUnit.SECONDS)).isTrue();
			Thread.sleep(200);
			release.countDown();
			for (Future<Cached<DancityPackages>> result : results) {
				assertThat(result.get(10, TimeUnit.SECONDS).value()).isEqualTo(NIGERIA_PACKAGES);
			}
		}
		verify(this.dancity, times(1)).regions(null);
		verify(this.dancity, times(1)).packages("NG", RegionType.COUNTRY);
	}

	@Test
	void servesTheLastGoodCatalogWhileDancityFails() {
		loadNigeria();
		this.clock.advance(Duration.ofMinutes(30));
		given(this.dancity.regions(null)).willThrow(new DancityUpstreamException("HTTP 500"));
		given(this.dancity.packages(anyString(), any())).willThrow(new DancityUpstreamException("HTTP 500"));

		assertThat(this.cache.refreshNextDue()).isTrue();
		Cached<DancityPackages> served = this.cache.packages(NIGERIA);

		assertThat(served.value()).isEqualTo(NIGERIA_PACKAGES);
		assertThat(this.cache.isStale(served)).isTrue();
		assertThat(this.cache.regions().value()).isEqualTo(REGIONS);
	}

	@Test
	void answersUnavailableWhenNothingIsCachedAndDancityFails() {
		given(this.dancity.regions(null)).willThrow(new DancityUnavailableException("circuit open"));

		assertThatExceptionOfType(CatalogUnavailableException.class).isThrownBy(this.cache::regions).satisfies((ex) -> {
			assertThat(ex.code()).isEqualTo("UPSTREAM_UNAVAILABLE");
			assertThat(ex.headers()).containsEntry("Retry-After", "30");
		});
	}

	@Test
	void logsOneWarningPerOutage(CapturedOutput output) {
		loadNigeria();
		given(this.dancity.regions(null)).willThrow(new DancityUpstreamException("HTTP 500"));
		given(this.dancity.packages(anyString(), any())).willThrow(new DancityUpstreamException("HTTP 500"));

		for (String region : List.of("CI", "EU-42", "CI", "EU-42")) {
			assertThatExceptionOfType(CatalogUnavailableException.class)
				.isThrownBy(() -> this.cache.packages(this.cache.region(region).orElseThrow()));
		}

		assertThat(output.getOut().lines().filter((line) -> line.contains("Dancity failed while loading")))
			.singleElement()
			.asString()
			.contains("WARN");
	}

	@Test
	void renewsEntriesInTheBackgroundBeforeTheyTurnStale() {
		loadNigeria();
		given(this.dancity.packages("CI", RegionType.COUNTRY)).willReturn(packagesOf());
		given(this.dancity.packages("EU-42", RegionType.MULTI_COUNTRY)).willReturn(packagesOf());
		refreshUntilIdle();
		this.clock.advance(Duration.ofMinutes(8));

		refreshUntilIdle();

		verify(this.dancity, times(2)).regions(null);
		verify(this.dancity, times(2)).packages("NG", RegionType.COUNTRY);
		Cached<DancityPackages> renewed = this.cache.cachedPackages("NG");
		assertThat(renewed).isNotNull();
		assertThat(renewed.fetchedAt()).isEqualTo(this.clock.instant());
	}

	@Test
	void loadsRegionsNeverLoadedInTheBackground() {
		given(this.dancity.regions(null)).willReturn(REGIONS);
		given(this.dancity.packages(anyString(), any())).willReturn(NIGERIA_PACKAGES);

		assertThat(refreshUntilIdle()).isEqualTo(4);
		assertThat(this.cache.cachedPackages("NG")).isNotNull();
		assertThat(this.cache.cachedPackages("CI")).isNotNull();
		assertThat(this.cache.cachedPackages("EU-42")).isNotNull();
		verify(this.dancity).packages("EU-42", RegionType.MULTI_COUNTRY);
	}

	@Test
	void pausesBackgroundRefreshAfterDancityFailed() {
		given(this.dancity.regions(null)).willThrow(new DancityUpstreamException("HTTP 500"));

		assertThat(this.cache.refreshNextDue()).isTrue();
		assertThat(this.cache.refreshNextDue()).isFalse();
		this.clock.advance(PROPERTIES.failureBackoff().plusSeconds(1));
		assertThat(this.cache.refreshNextDue()).isTrue();

		verify(this.dancity, times(2)).regions(null);
	}

	@Test
	void neverCallsDancityBeyondTheBudget() {
		this.cache = cacheWithBudget(CatalogFixtures.budget(2, Duration.ofMinutes(1)));
		given(this.dancity.regions(null)).willReturn(REGIONS);
		given(this.dancity.packages(anyString(), any())).willReturn(NIGERIA_PACKAGES);
		this.cache.regions();
		this.cache.packages(NIGERIA);

		assertThatExceptionOfType(CatalogUnavailableException.class).isThrownBy(() -> this.cache.packages(IVORY_COAST));
		assertThat(this.cache.refreshNextDue()).isFalse();

		verify(this.dancity, never()).packages("CI", RegionType.COUNTRY);
	}

	@Test
	void restoresTheCatalogFromSnapshotsWithoutCallingDancity() {
		this.snapshots.saveRegions(new Cached<>(REGIONS, this.clock.instant()));
		this.snapshots.savePackages("NG", new Cached<>(NIGERIA_PACKAGES, this.clock.instant()));

		this.cache.restore();

		assertThat(this.cache.regions().value()).isEqualTo(REGIONS);
		assertThat(this.cache.packages(NIGERIA).value()).isEqualTo(NIGERIA_PACKAGES);
		assertThat(this.cache.regionOfPackage("NG1G7D")).isEqualTo("NG");
		verify(this.dancity, never()).regions(any());
	}

	@Test
	void takesAFresherSnapshotStoredByAnotherInstanceInsteadOfCallingDancity() {
		loadNigeria();
		this.clock.advance(Duration.ofMinutes(8));
		DancityPackages renewedElsewhere = packagesOf(offer("NG3G30D", "4.00", 3_221_225_472L, 30));
		this.snapshots.savePackages("NG", new Cached<>(renewedElsewhere, this.clock.instant()));

		Cached<DancityPackages> packages = this.cache.packages(NIGERIA, Duration.ofMinutes(5));

		assertThat(packages.value()).isEqualTo(renewedElsewhere);
		assertThat(this.cache.regionOfPackage("NG3G30D")).isEqualTo("NG");
		assertThat(this.cache.regionOfPackage("NG1G7D")).isNull();
		verify(this.dancity, times(1)).packages("NG", RegionType.COUNTRY);
	}

	@Test
	void forgetsRegionsDancityNoLongerSells() {
		loadNigeria();
		this.clock.advance(Duration.ofMinutes(8));
		given(this.dancity.regions(null)).willReturn(List.of(IVORY_COAST, EUROPE));

		this.cache.refreshNextDue();

		assertThat(this.cache.cachedPackages("NG")).isNull();
		assertThat(this.snapshots.packages("NG")).isNull();
		assertThat(this.cache.regionOfPackage("NG1G7D")).isNull();
	}

	@Test
	void storesWhatItLoadsForOtherInstances() {
		loadNigeria();

		assertThat(this.snapshots.regions()).extracting(Cached::value).isEqualTo(REGIONS);
		assertThat(this.snapshots.packages("NG")).extracting(Cached::value).isEqualTo(NIGERIA_PACKAGES);
	}

	private int refreshUntilIdle() {
		int calls = 0;
		while (this.cache.refreshNextDue()) {
			calls++;
		}
		return calls;
	}

	private void loadNigeria() {
		given(this.dancity.regions(null)).willReturn(REGIONS);
		given(this.dancity.packages("NG", RegionType.COUNTRY)).willReturn(NIGERIA_PACKAGES);
		this.cache.packages(this.cache.region("NG").orElseThrow());
	}

	private CatalogCache cacheWithBudget(RateLimiter budget) {
		CatalogUpstream upstream = new CatalogUpstream(this.dancity, budget, Duration.ofSeconds(30), this.clock);
		return new CatalogCache(upstream, this.snapshots, PROPERTIES, this.clock);
	}

}
