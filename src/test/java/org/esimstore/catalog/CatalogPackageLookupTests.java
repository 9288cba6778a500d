package org.esimstore.catalog;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.esimstore.dancity.DancityClient;
import org.esimstore.dancity.DancityNotFoundException;
import org.esimstore.dancity.DancityPackage;
import org.esimstore.dancity.DancityPackages;
import org.esimstore.dancity.DancityUpstreamException;
import org.esimstore.dancity.RegionType;
import org.esimstore.money.Money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.esimstore.catalog.CatalogFixtures.EXCHANGE_RATE;
import static org.esimstore.catalog.CatalogFixtures.NIGERIA;
import static org.esimstore.catalog.CatalogFixtures.PROPERTIES;
import static org.esimstore.catalog.CatalogFixtures.REGIONS;
import static org.esimstore.catalog.CatalogFixtures.offer;
import static org.esimstore.catalog.CatalogFixtures.packagesOf;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

/**
 * Packages for checkout: found in the cached catalog, renewed when too old, and top-ups
 * cached per eSIM.
 */
class CatalogPackageLookupTests {

	private static final String ICCID = "8948010010013845234";

	private static final DancityPackages TOP_UPS = new DancityPackages(
			List.of(new DancityPackage("TOPUP_NG500M", "Nigeria 500MB Top-Up", null, new BigDecimal("0.62"),
					new BigDecimal("1005"), 524_288_000L, 7, "NG", null, List.of(), false)),
			EXCHANGE_RATE);

	private final TestClock clock = new TestClock();

	private final DancityClient dancity = mock(DancityClient.class);

	private final CatalogUpstream upstream = new CatalogUpstream(this.dancity, CatalogFixtures.generousBudget(),
			Duration.ofSeconds(30), this.clock);

	private final InMemoryCatalogSnapshots snapshots = new InMemoryCatalogSnapshots();

	private final CatalogCache cache = new CatalogCache(this.upstream, this.snapshots, PROPERTIES, this.clock);

	private final CatalogPackageLookup lookup = new CatalogPackageLookup(this.cache, this.upstream,
			new CatalogPricing(CatalogFixtures.quarterMarkup()), PROPERTIES, this.clock);

	@BeforeEach
	void nigeriaIsLoaded() {
		given(this.dancity.regions(null)).willReturn(REGIONS);
		given(this.dancity.packages("NG", RegionType.COUNTRY))
			.willReturn(packagesOf(offer("NG1G7D", "1.50", 1_073_741_824L, 7)));
		this.cache.packages(NIGERIA);
	}

	@Test
	void findsACachedPackageAtItsRetailPrice() {
		Optional<SellablePackage> found = this.lookup.findPackage("NG1G7D", Money.NGN, Duration.ofMinutes(5));

		assertThat(found).hasValueSatisfying((sellable) -> {
			assertThat(sellable.regionCode()).isEqualTo("NG");
			assertThat(sellable.retailPrice()).isEqualTo(Money.of("3000.00", "NGN"));
			assertThat(sellable.wholesaleCost()).isEqualTo(Money.of("2400.00", "NGN"));
			assertThat(sellable.dataBytes()).isEqualTo(1_073_741_824L);
			assertThat(sellable.topUp()).isFalse();
		});
		verify(this.dancity, times(1)).packages("NG", RegionType.COUNTRY);
	}

	@Test
	void renewsTheRegionWhenItsListIsOlderThanAsked() {
		this.clock.advance(Duration.ofMinutes(6));
		given(this.dancity.packages("NG", RegionType.COUNTRY))
			.willReturn(packagesOf(offer("NG1G7D", "2.00", 1_073_741_824L, 7)));

		Optional<SellablePackage> found = this.lookup.findPackage("NG1G7D", Money.NGN, Duration.ofMinutes(5));

		assertThat(found).map(SellablePackage::retailPrice).contains(Money.of("4000.00", "NGN"));
		verify(this.dancity, times(2)).packages("NG", RegionType.COUNTRY);
	}

	@Test
	void findsNothingForCodesNoKnownRegionSells() {
		assertThat(this.lookup.findPackage("XX1G7D", Money.NGN, Duration.ofMinutes(5))).isEmpty();
	}

	@Test
	void findsAPackageInAListAnotherInstanceStored() {
		this.snapshots.savePackages("EU-42",
				new Cached<>(packagesOf(offer("EU5G30D", "9.00", 5_368_709_120L, 30)), this.clock.instant()));

		Optional<SellablePackage> found = this.lookup.findPackage("EU5G30D", Money.NGN, Duration.ofMinutes(5));

		assertThat(found).map(SellablePackage::regionCode).contains("EU-42");
		verify(this.dancity, times(0)).packages("EU-42", RegionType.MULTI_COUNTRY);
	}

	@Test
	void findsNothingForPackagesWithdrawnSinceTheLastLoad() {
		this.clock.advance(Duration.ofMinutes(6));
		given(this.dancity.packages("NG", RegionType.COUNTRY))
			.willReturn(packagesOf(offer("NG2G7D", "2.50", 2_147_483_648L, 7)));

		assertThat(this.lookup.findPackage("NG1G7D", Money.NGN, Duration.ofMinutes(5))).isEmpty();
	}

	@Test
	void refusesAListOlderThanAskedWhenDancityFails() {
		this.clock.advance(Duration.ofMinutes(6));
		given(this.dancity.packages("NG", RegionType.COUNTRY)).willThrow(new DancityUpstreamException("HTTP 502"));

		assertThatExceptionOfType(CatalogUnavailableException.class)
			.isThrownBy(() -> this.lookup.findPackage("NG1G7D", Money.NGN, Duration.ofMinutes(5)));
	}

	@Test
	void reportsAPackageThatCannotBePricedInTheCurrencyInsteadOfHidingIt() {
		this.clock.advance(Duration.ofMinutes(6));
		given(this.dancity.packages("NG", RegionType.COUNTRY))
			.willReturn(new DancityPackages(List.of(new DancityPackage("NG1G7D", "Nigeria 1GB", null, null,
					new BigDecimal("2400"), 1_073_741_824L, 7, "NG", null, List.of(), false)), null));

		assertThatExceptionOfType(PriceUnavailableException.class)
			.isThrownBy(() -> this.lookup.findPackage("NG1G7D", Money.USD, Duration.ofMinutes(5)));
	}

	@Test
	void pricesTopUpsAndReusesThemForAShortWhile() {
		given(this.dancity.topUpPackages(ICCID)).willReturn(TOP_UPS);

		List<SellablePackage> first = this.lookup.topUpsFor(ICCID, Money.NGN);
		this.clock.advance(Duration.ofMinutes(1));
		List<SellablePackage> second = this.lookup.topUpsFor(ICCID, Money.USD);

		assertThat(first).singleElement().satisfies((topUp) -> {
			assertThat(topUp.packageCode()).isEqualTo("TOPUP_NG500M");
			assertThat(topUp.retailPrice()).isEqualTo(Money.of("1256.25", "NGN"));
			assertThat(topUp.topUp()).isTrue();
		});
		assertThat(second).singleElement().extracting(SellablePackage::retailPrice).isEqualTo(Money.of("0.79", "USD"));
		verify(this.dancity, times(1)).topUpPackages(ICCID);
	}

	@Test
	void asksDancityAgainForTopUpsOnceTheShortCacheEnds() {
		given(this.dancity.topUpPackages(ICCID)).willReturn(TOP_UPS);
		this.lookup.topUpsFor(ICCID, Money.NGN);
		this.clock.advance(PROPERTIES.topUpTtl().plusSeconds(1));

		this.lookup.topUpsFor(ICCID, Money.NGN);

		verify(this.dancity, times(2)).topUpPackages(ICCID);
	}

	@Test
	void servesTheLastTopUpsWhileDancityFails() {
		given(this.dancity.topUpPackages(ICCID)).willReturn(TOP_UPS);
		this.lookup.topUpsFor(ICCID, Money.NGN);
		this.clock.advance(Duration.ofMinutes(3));
		given(this.dancity.topUpPackages(ICCID)).willThrow(new DancityUpstreamException("HTTP 500"));

		assertThat(this.lookup.topUpsFor(ICCID, Money.NGN)).hasSize(1);
	}

	@Test
	void offersNoTopUpsForAnEsimDancityDoesNotKnow() {
		given(this.dancity.topUpPackages(ICCID)).willThrow(new DancityNotFoundException("eSIM", "ICCID not found"));

		assertThat(this.lookup.topUpsFor(ICCID, Money.NGN)).isEmpty();
	}

}
