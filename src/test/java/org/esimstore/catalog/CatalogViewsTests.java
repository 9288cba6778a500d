package org.esimstore.catalog;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.jayway.jsonpath.JsonPath;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.esimstore.dancity.DancityClient;
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
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * Catalog answers at retail prices: lowest prices, search, order, flags, labels and
 * staleness.
 */
class CatalogViewsTests {

	private static final DancityPackage UNLIMITED = new DancityPackage("NGUL1D", "Nigeria Unlimited", "Fair use", null,
			new BigDecimal("2000"), -1, 1, "NG", "4G/5G", List.of("Nigeria"), false);

	private static final DancityPackages NIGERIA_PACKAGES = new DancityPackages(
			List.of(offer("NG3G30D", "4.00", 3_221_225_472L, 30), offer("NG500M7D", "0.80", 524_288_000L, 7), UNLIMITED,
					offer("NG1G7D", "1.50", 1_073_741_824L, 7)),
			EXCHANGE_RATE);

	private final TestClock clock = new TestClock();

	private final DancityClient dancity = mock(DancityClient.class);

	private final CatalogCache cache = new CatalogCache(
			new CatalogUpstream(this.dancity, CatalogFixtures.generousBudget(), Duration.ofSeconds(30), this.clock),
			new InMemoryCatalogSnapshots(), PROPERTIES, this.clock);

	private final CatalogViews views = new CatalogViews(this.cache, new CatalogPricing(CatalogFixtures.quarterMarkup()),
			JsonMapper.builder().build(), PROPERTIES, this.clock);

	@BeforeEach
	void dancityHasACatalog() {
		given(this.dancity.regions(null)).willReturn(REGIONS);
		given(this.dancity.packages("NG", RegionType.COUNTRY)).willReturn(NIGERIA_PACKAGES);
	}

	@Test
	void showsTheLowestRetailPriceOfLoadedRegionsOnly() {
		this.cache.packages(NIGERIA);

		String body = regions(null, "", Money.NGN);

		assertThat(JsonPath.<List<String>>read(body, "$.items[*].code")).containsExactly("CI", "EU-42", "NG");
		assertThat(JsonPath.<List<String>>read(body, "$.items[?(@.code == 'NG')].from.amount"))
			.containsExactly("1600.00");
		assertThat(JsonPath.<List<Object>>read(body, "$.items[?(@.code == 'CI')].from")).containsExactly((Object) null);
	}

	@Test
	void findsRegionsIgnoringCaseAndAccents() {
		String body = regions(null, "COTE", Money.NGN);

		assertThat(JsonPath.<List<String>>read(body, "$.items[*].name")).containsExactly("Côte d'Ivoire");
	}

	@Test
	void findsRegionsByCode() {
		String body = regions(null, "eu-42", Money.NGN);

		assertThat(JsonPath.<List<String>>read(body, "$.items[*].code")).containsExactly("EU-42");
	}

	@Test
	void filtersRegionsByType() {
		String body = regions(EnumSet.of(RegionType.MULTI_COUNTRY, RegionType.GLOBAL), "", Money.NGN);

		assertThat(JsonPath.<List<String>>read(body, "$.items[*].type")).containsExactly("multi-country");
	}

	@Test
	void fallsBackToTheIsoFlagForCountriesOnly() {
		String body = regions(null, "", Money.NGN);

		assertThat(JsonPath.<List<String>>read(body, "$.items[?(@.code == 'NG')].flagUrl"))
			.containsExactly("https://flagcdn.com/w320/ng.png");
		assertThat(JsonPath.<List<String>>read(body, "$.items[?(@.code == 'CI')].flagUrl"))
			.containsExactly("https://cdn.example/ci.svg");
		assertThat(JsonPath.<List<Object>>read(body, "$.items[?(@.code == 'EU-42')].flagUrl"))
			.containsExactly((Object) null);
	}

	@Test
	void listsPackagesByPriceWithDataLabels() {
		String body = packages("ng", Money.NGN, PackageSort.PRICE);

		assertThat(JsonPath.<List<String>>read(body, "$.items[*].packageCode")).containsExactly("NG500M7D", "NGUL1D",
				"NG1G7D", "NG3G30D");
		assertThat(JsonPath.<List<String>>read(body, "$.items[*].dataLabel")).containsExactly("500 MB", "Unlimited",
				"1 GB", "3 GB");
		assertThat(JsonPath.<List<String>>read(body, "$.items[*].price.amount")).containsExactly("1600.00", "2500.00",
				"3000.00", "8000.00");
		assertThat(JsonPath.<Object>read(body, "$.items[1].dataBytes")).isNull();
		assertThat(JsonPath.<Boolean>read(body, "$.items[1].unlimited")).isTrue();
		assertThat(JsonPath.<Integer>read(body, "$.items[2].dataBytes")).isEqualTo(1_073_741_824);
		assertThat(JsonPath.<List<String>>read(body, "$.items[1].coverage")).containsExactly("Nigeria");
		assertThat(JsonPath.<String>read(body, "$.items[1].speed")).isEqualTo("4G/5G");
		assertThat(JsonPath.<String>read(body, "$.region.from.amount")).isEqualTo("1600.00");
	}

	@Test
	void listsPackagesByDataWithUnlimitedLast() {
		String body = packages("NG", Money.NGN, PackageSort.DATA);

		assertThat(JsonPath.<List<String>>read(body, "$.items[*].packageCode")).containsExactly("NG500M7D", "NG1G7D",
				"NG3G30D", "NGUL1D");
	}

	@Test
	void listsPackagesByValidityThenPrice() {
		String body = packages("NG", Money.NGN, PackageSort.VALIDITY);

		assertThat(JsonPath.<List<String>>read(body, "$.items[*].packageCode")).containsExactly("NGUL1D", "NG500M7D",
				"NG1G7D", "NG3G30D");
		assertThat(JsonPath.<List<Integer>>read(body, "$.items[*].validityDays")).containsExactly(1, 7, 7, 30);
	}

	@Test
	void pricesInTheRequestedCurrency() {
		String body = packages("NG", Money.USD, PackageSort.PRICE);

		assertThat(JsonPath.<String>read(body, "$.items[0].price.currency")).isEqualTo("USD");
		assertThat(JsonPath.<String>read(body, "$.items[0].price.amount")).isEqualTo("1.00");
	}

	@Test
	void refusesCurrenciesThePricingDoesNotSell() {
		assertThatExceptionOfType(UnsupportedCurrencyException.class)
			.isThrownBy(() -> packages("NG", Currency.getInstance("EUR"), PackageSort.PRICE));
	}

	@Test
	void answersNotFoundForUnknownRegions() {
		assertThatExceptionOfType(RegionNotFoundException.class)
			.isThrownBy(() -> this.views.packages("ZZ", Money.NGN, PackageSort.PRICE))
			.withMessage("Region 'ZZ' is not in the catalog");
	}

	@Test
	void tagsEqualAnswersEquallyAndDifferentAnswersDifferently() {
		CatalogAnswer first = this.views.packages("NG", Money.NGN, PackageSort.PRICE);
		CatalogAnswer second = this.views.packages("NG", Money.NGN, PackageSort.PRICE);
		CatalogAnswer inDollars = this.views.packages("NG", Money.USD, PackageSort.PRICE);

		assertThat(second.etag()).isEqualTo(first.etag()).matches("\"[A-Za-z0-9_-]{32}\"");
		assertThat(inDollars.etag()).isNotEqualTo(first.etag());
	}

	@Test
	void marksAnswersStaleOnceTheDataOutlivesItsFreshness() {
		this.cache.packages(NIGERIA);
		assertThat(this.views.packages("NG", Money.NGN, PackageSort.PRICE).staleAge()).isNull();
		given(this.dancity.regions(null)).willThrow(new DancityUpstreamException("HTTP 500"));
		given(this.dancity.packages(anyString(), any())).willThrow(new DancityUpstreamException("HTTP 500"));
		this.clock.advance(Duration.ofMinutes(12));
		this.cache.refreshNextDue();

		CatalogAnswer packages = this.views.packages("NG", Money.NGN, PackageSort.PRICE);
		CatalogAnswer regions = this.views.regions(null, "", Money.NGN);

		assertThat(packages.staleAge()).isEqualTo(Duration.ofMinutes(12));
		assertThat(regions.staleAge()).isEqualTo(Duration.ofMinutes(12));
		assertThat(new String(packages.body())).contains("NG1G7D");
	}

	@Test
	void showsPricesOfPackagesLoadedAfterAnEarlierAnswer() {
		String before = regions(null, "nigeria", Money.NGN);
		this.cache.packages(NIGERIA);

		String after = regions(null, "nigeria", Money.NGN);

		assertThat(JsonPath.<Object>read(before, "$.items[0].from")).isNull();
		assertThat(JsonPath.<String>read(after, "$.items[0].from.amount")).isEqualTo("1600.00");
	}

	@Test
	void leavesOutPackagesWithoutAPrice() {
		DancityPackage unpriced = new DancityPackage("CI1G7D", "CI 1GB", null, null, null, 1_073_741_824L, 7, null,
				null, List.of(), false);
		given(this.dancity.packages("CI",
				RegionType.COUNTRY))
			.willReturn(new DancityPackages(List.of(unpriced, new DancityPackage("CI2G7D", "CI 2GB", null, null,
					new BigDecimal("3200"), 2_147_483_648L, 7, null, null, List.of(), false)), null));

		String body = packages("CI", Money.NGN, PackageSort.PRICE);

		assertThat(JsonPath.<List<String>>read(body, "$.items[*].packageCode")).containsExactly("CI2G7D");
	}

	@Test
	void leavesOutPackagesThatCannotBePricedInTheCurrency() {
		given(this.dancity.packages("CI", RegionType.COUNTRY))
			.willReturn(new DancityPackages(List.of(new DancityPackage("CI2G7D", "CI 2GB", null, null,
					new BigDecimal("3200"), 2_147_483_648L, 7, null, null, List.of(), false)), null));

		String inNaira = packages("CI", Money.NGN, PackageSort.PRICE);
		String inDollars = packages("CI", Money.USD, PackageSort.PRICE);

		assertThat(JsonPath.<List<String>>read(inNaira, "$.items[*].packageCode")).containsExactly("CI2G7D");
		assertThat(JsonPath.<List<String>>read(inDollars, "$.items")).isEmpty();
	}

	private String regions(@Nullable Set<RegionType> types, String search, Currency currency) {
		return new String(this.views.regions(types, search, currency).body());
	}

	private String packages(String region, Currency currency, PackageSort sort) {
		return new String(this.views.packages(region, currency, sort).body());
	}

}
