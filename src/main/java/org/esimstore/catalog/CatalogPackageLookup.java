package org.esimstore.catalog;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Caffeine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.esimstore.dancity.DancityPackage;
import org.esimstore.dancity.DancityPackages;
import org.esimstore.dancity.DancityRegion;

/**
 * Finds packages for checkout in the cached catalog, renewing a region's list first when
 * it is older than checkout accepts, and top-ups through a short cache per eSIM.
 */
class CatalogPackageLookup implements PackageLookup {

	private static final Logger logger = LoggerFactory.getLogger(CatalogPackageLookup.class);

	// Past this, a top-up list is not served even while Dancity is down.
	private static final Duration TOP_UPS_KEPT = Duration.ofHours(1);

	private final CatalogCache cache;

	private final CatalogUpstream upstream;

	private final CatalogPricing pricing;

	private final CatalogProperties properties;

	private final Clock clock;

	private final SingleFlightCache<String, DancityPackages> topUps;

	CatalogPackageLookup(CatalogCache cache, CatalogUpstream upstream, CatalogPricing pricing,
			CatalogProperties properties, Clock clock) {
		this.cache = cache;
		this.upstream = upstream;
		this.pricing = pricing;
		this.properties = properties;
		this.clock = clock;
		this.topUps = new SingleFlightCache<>(
				Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(TOP_UPS_KEPT).build(), clock);
	}

	/**
	 * {@inheritDoc}
	 * @throws CatalogUnavailableException when the region's list is older than
	 * {@code maxAge} and cannot be renewed now
	 */
	@Override
	public Optional<SellablePackage> findPackage(String packageCode, Currency currency, Duration maxAge) {
		String regionCode = this.cache.findRegionOfPackage(packageCode);
		DancityRegion region = (regionCode != null) ? this.cache.region(regionCode).orElse(null) : null;
		if (region == null) {
			logger.debug("Package '{}' is in no region of the catalog", packageCode);
			return Optional.empty();
		}
		DancityPackages packages = this.cache.packages(region, maxAge).value();
		return packages.packages()
			.stream()
			.filter((offered) -> offered.packageCode().equals(packageCode))
			.findFirst()
			.flatMap((offered) -> this.pricing.sellable(offered, region.code(), packages.exchangeRate(), currency));
	}

	/**
	 * {@inheritDoc}
	 * @throws CatalogUnavailableException when no list for the eSIM is cached and Dancity
	 * cannot be asked
	 */
	@Override
	public List<SellablePackage> topUpsFor(String iccid, Currency currency) {
		DancityPackages packages = topUpPackages(iccid).value();
		return packages.packages()
			.stream()
			.map(CatalogPackageLookup::asTopUp)
			.flatMap((offered) -> this.pricing
				.listed(offered, Objects.requireNonNullElse(offered.regionCode(), ""), packages.exchangeRate(),
						currency)
				.stream())
			.toList();
	}

	private Cached<DancityPackages> topUpPackages(String iccid) {
		try {
			return this.topUps.get(iccid, this.properties.topUpTtl(), (key) -> {
				Instant started = this.clock.instant();
				return new Cached<>(this.upstream.topUpPackages(key), started);
			});
		}
		catch (CatalogUnavailableException ex) {
			Cached<DancityPackages> last = this.topUps.peek(iccid);
			if (last == null) {
				throw ex;
			}
			return last;
		}
	}

	// Dancity's top-up list may leave the type out; everything on it is a top-up.
	private static DancityPackage asTopUp(DancityPackage offered) {
		if (offered.topUp()) {
			return offered;
		}
		return new DancityPackage(offered.packageCode(), offered.name(), offered.description(), offered.priceUsd(),
				offered.priceNaira(), offered.volumeBytes(), offered.durationDays(), offered.regionCode(),
				offered.speed(), offered.coverage(), true);
	}

}
