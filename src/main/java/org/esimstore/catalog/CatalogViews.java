package org.esimstore.catalog;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.esimstore.dancity.DancityPackage;
import org.esimstore.dancity.DancityPackages;
import org.esimstore.dancity.DancityRegion;
import org.esimstore.dancity.RegionType;
import org.esimstore.money.Money;

/**
 * Builds the storefront's catalog answers from the cached Dancity catalog at current
 * retail prices. Rendered answers are reused until the catalog changes or the price
 * period ends, so that serving one costs about as little as serving nothing.
 */
class CatalogViews {

	private static final Pattern ISO_COUNTRY = Pattern.compile("[A-Za-z]{2}");

	private final CatalogCache cache;

	private final CatalogPricing pricing;

	private final JsonMapper json;

	private final Clock clock;

	private final Cache<Object, CatalogAnswer> answers;

	private final Cache<FromPricesKey, Map<String, Money>> fromPrices;

	CatalogViews(CatalogCache cache, CatalogPricing pricing, JsonMapper json, CatalogProperties properties,
			Clock clock) {
		this.cache = cache;
		this.pricing = pricing;
		this.json = json;
		this.clock = clock;
		this.answers = Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(properties.priceTtl()).build();
		this.fromPrices = Caffeine.newBuilder().maximumSize(100).expireAfterWrite(properties.priceTtl()).build();
	}

	/**
	 * Regions of the given types whose name or code contains the search term, each with
	 * its lowest retail price.
	 * @param types the region types wanted, {@code null} for all
	 * @param search the search term, empty for all regions
	 * @param currency the currency of the prices
	 * @return the answer
	 * @throws CatalogUnavailableException when no region list is cached and Dancity
	 * cannot be asked
	 */
	CatalogAnswer regions(@Nullable Set<RegionType> types, String search, Currency currency) {
		Cached<List<DancityRegion>> regionList = this.cache.regions();
		String term = SearchText.normalize(search);
		long generation = this.cache.generation();
		CatalogAnswer answer = this.answers.get(new RegionsKey(types, term, currency, generation),
				(key) -> renderRegions(regionList.value(), types, term, currency, generation));
		return answer.withStaleAge(staleAge(regionList));
	}

	/**
	 * A region's packages at retail prices, in the order asked for.
	 * @param regionCode the region, in any case
	 * @param currency the currency of the prices
	 * @param sort the order
	 * @return the answer
	 * @throws RegionNotFoundException when the catalog has no such region
	 * @throws CatalogUnavailableException when the region list or its packages are not
	 * cached and Dancity cannot be asked
	 */
	CatalogAnswer packages(String regionCode, Currency currency, PackageSort sort) {
		Cached<List<DancityRegion>> regionList = this.cache.regions();
		DancityRegion region = this.cache.region(regionCode).orElseThrow(() -> new RegionNotFoundException(regionCode));
		Cached<DancityPackages> packages = this.cache.packages(region);
		PackagesKey key = new PackagesKey(region.code(), currency, sort, regionList.fetchedAt(), packages.fetchedAt());
		CatalogAnswer answer = this.answers.get(key,
				(ignored) -> renderPackages(region, packages.value(), currency, sort));
		Duration staleAge = null;
		if (this.cache.isStale(packages) || this.cache.isStale(regionList)) {
			staleAge = oldest(packages.age(now()), regionList.age(now()));
		}
		return answer.withStaleAge(staleAge);
	}

	private CatalogAnswer renderRegions(List<DancityRegion> regionList, @Nullable Set<RegionType> types, String term,
			Currency currency, long generation) {
		Map<String, Money> from = this.fromPrices.get(new FromPricesKey(currency, generation),
				(key) -> lowestPrices(regionList, currency));
		List<RegionItem> items = regionList.stream()
			.filter((region) -> types == null || types.contains(region.type()))
			.filter((region) -> term.isEmpty() || SearchText.matches(term, region.name(), region.code()))
			.sorted(Comparator.comparing((DancityRegion region) -> SearchText.normalize(region.name()))
				.thenComparing(DancityRegion::code))
			.map((region) -> item(region, from.get(region.code())))
			.toList();
		return CatalogAnswer.of(this.json.writeValueAsBytes(new RegionPage(items)));
	}

	private Map<String, Money> lowestPrices(List<DancityRegion> regionList, Currency currency) {
		Map<String, Money> lowest = new HashMap<>();
		for (DancityRegion region : regionList) {
			Cached<DancityPackages> packages = this.cache.cachedPackages(region.code());
			if (packages != null) {
				priced(region, packages.value(), currency).stream()
					.map((priced) -> priced.sellable().retailPrice())
					.min(Comparator.naturalOrder())
					.ifPresent((price) -> lowest.put(region.code(), price));
			}
		}
		return lowest;
	}

	private CatalogAnswer renderPackages(DancityRegion region, DancityPackages packages, Currency currency,
			PackageSort sort) {
		List<PricedPackage> priced = priced(region, packages, currency);
		Money from = priced.stream()
			.map((candidate) -> candidate.sellable().retailPrice())
			.min(Comparator.naturalOrder())
			.orElse(null);
		List<PackageItem> items = priced.stream().sorted(sort.order()).map(CatalogViews::item).toList();
		return CatalogAnswer.of(this.json.writeValueAsBytes(new PackagePage(item(region, from), items)));
	}

	private List<PricedPackage> priced(DancityRegion region, DancityPackages packages, Currency currency) {
		return packages.packages()
			.stream()
			.flatMap((offered) -> priced(offered, region, packages, currency).stream())
			.toList();
	}

	private Optional<PricedPackage> priced(DancityPackage offered, DancityRegion region, DancityPackages packages,
			Currency currency) {
		return this.pricing.listed(offered, region.code(), packages.exchangeRate(), currency)
			.map((sellable) -> new PricedPackage(sellable, offered));
	}

	private @Nullable Duration staleAge(Cached<List<DancityRegion>> regionList) {
		Instant now = now();
		Duration staleAge = this.cache.isStale(regionList) ? regionList.age(now) : null;
		for (DancityRegion region : regionList.value()) {
			Cached<DancityPackages> packages = this.cache.cachedPackages(region.code());
			if (packages != null && this.cache.isStale(packages)) {
				staleAge = (staleAge != null) ? oldest(staleAge, packages.age(now)) : packages.age(now);
			}
		}
		return staleAge;
	}

	private Instant now() {
		return this.clock.instant();
	}

	private static Duration oldest(Duration first, Duration second) {
		return (first.compareTo(second) >= 0) ? first : second;
	}

	private static RegionItem item(DancityRegion region, @Nullable Money from) {
		return new RegionItem(region.code(), region.name(), region.type().wireName(), flagUrl(region), from);
	}

	private static PackageItem item(PricedPackage priced) {
		SellablePackage sellable = priced.sellable();
		DancityPackage offered = priced.offered();
		boolean unlimited = sellable.dataBytes() < 0;
		return new PackageItem(sellable.packageCode(), sellable.name(), offered.description(),
				unlimited ? null : sellable.dataBytes(), DataLabel.of(sellable.dataBytes()), unlimited,
				sellable.validityDays(), sellable.retailPrice(), offered.speed(), offered.coverage());
	}

	/**
	 * The flag Dancity gives, else the flag of the country's ISO code; multi-country
	 * regions have no flag of their own.
	 * @param region the region
	 * @return the image address, or {@code null}
	 */
	static @Nullable String flagUrl(DancityRegion region) {
		if (region.flagUrl() != null && !region.flagUrl().isBlank()) {
			return region.flagUrl();
		}
		if (region.type() == RegionType.COUNTRY && ISO_COUNTRY.matcher(region.code()).matches()) {
			return "https://flagcdn.com/w320/" + region.code().toLowerCase(Locale.ROOT) + ".png";
		}
		return null;
	}

	/**
	 * Identifies a rendered region search.
	 *
	 * @param types the region types, {@code null} for all
	 * @param term the normalized search term
	 * @param currency the currency
	 * @param generation the catalog generation it was rendered from
	 */
	private record RegionsKey(@Nullable Set<RegionType> types, String term, Currency currency, long generation) {
	}

	/**
	 * Identifies a rendered package list.
	 *
	 * @param regionCode the region
	 * @param currency the currency
	 * @param sort the order
	 * @param regionsFetchedAt when the region list behind it was fetched
	 * @param packagesFetchedAt when the package list behind it was fetched
	 */
	private record PackagesKey(String regionCode, Currency currency, PackageSort sort, Instant regionsFetchedAt,
			Instant packagesFetchedAt) {
	}

	/**
	 * Identifies the lowest prices of every region.
	 *
	 * @param currency the currency
	 * @param generation the catalog generation they were worked out from
	 */
	private record FromPricesKey(Currency currency, long generation) {
	}

}
