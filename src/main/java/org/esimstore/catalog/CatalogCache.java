package org.esimstore.catalog;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.Caffeine;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.esimstore.dancity.DancityPackage;
import org.esimstore.dancity.DancityPackages;
import org.esimstore.dancity.DancityRegion;

/**
 * The last good copy of Dancity's catalog: the region list and each region's packages,
 * held in memory, mirrored to PostgreSQL and renewed in the background before it turns
 * stale. A request only reaches Dancity for what was never loaded, and then through one
 * shared call per region.
 */
class CatalogCache {

	private static final Logger logger = LoggerFactory.getLogger(CatalogCache.class);

	private static final String REGIONS = "regions";

	private final SingleFlightCache<String, List<DancityRegion>> regions;

	private final SingleFlightCache<String, DancityPackages> packages;

	private final Map<String, String> regionByPackageCode = new ConcurrentHashMap<>();

	private final AtomicLong generation = new AtomicLong();

	private final CatalogUpstream upstream;

	private final CatalogSnapshots snapshots;

	private final CatalogProperties properties;

	private final Clock clock;

	private volatile Instant pausedUntil = Instant.MIN;

	CatalogCache(CatalogUpstream upstream, CatalogSnapshots snapshots, CatalogProperties properties, Clock clock) {
		this.upstream = upstream;
		this.snapshots = snapshots;
		this.properties = properties;
		this.clock = clock;
		this.regions = new SingleFlightCache<>(Caffeine.newBuilder().build(), clock, this::regionsStored);
		this.packages = new SingleFlightCache<>(Caffeine.newBuilder().build(), clock, this::packagesStored);
	}

	/**
	 * Fills the cache from the stored snapshots, so that a restarted instance serves the
	 * catalog at once.
	 */
	void restore() {
		Cached<List<DancityRegion>> storedRegions = this.snapshots.regions();
		if (storedRegions == null) {
			return;
		}
		this.regions.put(REGIONS, storedRegions);
		Set<String> known = codes(storedRegions.value());
		Map<String, Cached<DancityPackages>> stored = this.snapshots.allPackages();
		stored.forEach((regionCode, packageList) -> {
			if (known.contains(regionCode)) {
				this.packages.put(regionCode, packageList);
			}
		});
		logger.info("Restored the catalog snapshot from {}: {} regions, {} with packages", storedRegions.fetchedAt(),
				storedRegions.value().size(), this.packages.asMap().size());
	}

	/**
	 * The region list, loaded from Dancity only when there is none yet.
	 * @return the regions
	 * @throws CatalogUnavailableException when none is cached and Dancity cannot be asked
	 */
	Cached<List<DancityRegion>> regions() {
		Cached<List<DancityRegion>> current = this.regions.peek(REGIONS);
		return (current != null) ? current : loadRegions(this.properties.ttl());
	}

	/**
	 * A region by its code, ignoring case.
	 * @param regionCode the code
	 * @return the region, or empty when the catalog has none by that code
	 */
	Optional<DancityRegion> region(String regionCode) {
		String wanted = regionCode.strip().toUpperCase(Locale.ROOT);
		return regions().value().stream().filter((region) -> region.code().equalsIgnoreCase(wanted)).findFirst();
	}

	/**
	 * A region's packages if they are cached, without asking Dancity.
	 * @param regionCode the region
	 * @return the packages, or {@code null} when not loaded yet
	 */
	@Nullable Cached<DancityPackages> cachedPackages(String regionCode) {
		return this.packages.peek(regionCode);
	}

	/**
	 * A region's packages, loaded from Dancity only when there are none yet.
	 * @param region the region
	 * @return the packages, whatever their age
	 * @throws CatalogUnavailableException when none are cached and Dancity cannot be
	 * asked
	 */
	Cached<DancityPackages> packages(DancityRegion region) {
		Cached<DancityPackages> current = this.packages.peek(region.code());
		return (current != null) ? current : loadPackages(region, this.properties.ttl());
	}

	/**
	 * A region's packages no older than {@code maxAge}, renewed through one shared call
	 * when older.
	 * @param region the region
	 * @param maxAge the oldest list that will do
	 * @return the packages
	 * @throws CatalogUnavailableException when the list is too old and Dancity cannot be
	 * asked
	 */
	Cached<DancityPackages> packages(DancityRegion region, Duration maxAge) {
		return loadPackages(region, maxAge);
	}

	/**
	 * The region whose cached package list contains a package.
	 * @param packageCode the package
	 * @return the region's code, or {@code null} when no cached list contains it
	 */
	@Nullable String regionOfPackage(String packageCode) {
		return this.regionByPackageCode.get(packageCode);
	}

	/**
	 * The region whose package list contains a package, also looking at the lists other
	 * instances stored when this one has not seen the package (a storefront may list
	 * packages from one instance and order on another).
	 * @param packageCode the package
	 * @return the region's code, or {@code null} when no known list contains it
	 */
	@Nullable String findRegionOfPackage(String packageCode) {
		String regionCode = regionOfPackage(packageCode);
		if (regionCode != null) {
			return regionCode;
		}
		Set<String> known = codes(regions().value());
		this.snapshots.allPackages().forEach((storedRegion, stored) -> {
			Cached<DancityPackages> held = this.packages.peek(storedRegion);
			if (known.contains(storedRegion) && (held == null || stored.fetchedAt().isAfter(held.fetchedAt()))) {
				this.packages.put(storedRegion, stored);
			}
		});
		return regionOfPackage(packageCode);
	}

	/**
	 * Whether some region's packages have not been loaded yet, so that an unknown package
	 * code may still exist.
	 * @return true while the catalog is incomplete
	 */
	boolean isIncomplete() {
		Cached<List<DancityRegion>> regionList = this.regions.peek(REGIONS);
		return regionList == null
				|| regionList.value().stream().anyMatch((region) -> this.packages.peek(region.code()) == null);
	}

	/**
	 * A number that changes whenever anything in the cache changes.
	 * @return the current generation
	 */
	long generation() {
		return this.generation.get();
	}

	boolean isStale(Cached<?> cached) {
		return cached.olderThan(this.properties.ttl(), this.clock.instant());
	}

	/**
	 * Renews the most urgent entry, if any is due and a permit is spare: first the region
	 * list, then regions never loaded, then the oldest list due for renewal.
	 * @return whether Dancity was asked
	 */
	boolean refreshNextDue() {
		Instant now = this.clock.instant();
		if (now.isBefore(this.pausedUntil) || !this.upstream.hasSparePermit()) {
			return false;
		}
		Duration refreshAfter = this.properties.refreshAfter();
		try {
			Cached<List<DancityRegion>> regionList = this.regions.peek(REGIONS);
			if (regionList == null || regionList.olderThan(refreshAfter, now)) {
				loadRegions(refreshAfter);
				return true;
			}
			DancityRegion due = nextDue(regionList.value(), refreshAfter, now);
			if (due == null) {
				return false;
			}
			loadPackages(due, refreshAfter);
			return true;
		}
		catch (CatalogUnavailableException ex) {
			if (this.upstream.failingSince() != null) {
				this.pausedUntil = now.plus(this.properties.failureBackoff());
			}
			return true;
		}
	}

	/**
	 * Forgets a region's packages, here and in the stored snapshot, so that the next
	 * request loads them afresh.
	 * @param regionCode the region
	 */
	void evict(String regionCode) {
		this.snapshots.deletePackages(regionCode);
		this.packages.remove(regionCode);
		this.regionByPackageCode.values().removeIf(regionCode::equals);
		this.generation.incrementAndGet();
	}

	private @Nullable DancityRegion nextDue(List<DancityRegion> regionList, Duration refreshAfter, Instant now) {
		DancityRegion oldest = null;
		Instant oldestFetch = Instant.MAX;
		for (DancityRegion region : regionList) {
			Cached<DancityPackages> cached = this.packages.peek(region.code());
			if (cached == null) {
				return region;
			}
			if (cached.olderThan(refreshAfter, now) && cached.fetchedAt().isBefore(oldestFetch)) {
				oldest = region;
				oldestFetch = cached.fetchedAt();
			}
		}
		return oldest;
	}

	private Cached<List<DancityRegion>> loadRegions(Duration maxAge) {
		return this.regions.get(REGIONS, maxAge, (key) -> {
			Cached<List<DancityRegion>> shared = this.snapshots.regions();
			if (isNewerThanHeld(shared, this.regions.peek(REGIONS), maxAge)) {
				return shared;
			}
			Cached<List<DancityRegion>> loaded = new Cached<>(List.copyOf(this.upstream.regions()),
					this.clock.instant());
			this.snapshots.saveRegions(loaded);
			return loaded;
		});
	}

	private Cached<DancityPackages> loadPackages(DancityRegion region, Duration maxAge) {
		return this.packages.get(region.code(), maxAge, (regionCode) -> {
			Cached<DancityPackages> shared = this.snapshots.packages(regionCode);
			if (isNewerThanHeld(shared, this.packages.peek(regionCode), maxAge)) {
				return shared;
			}
			Instant started = this.clock.instant();
			Cached<DancityPackages> loaded = new Cached<>(forNewEsims(this.upstream.packages(region)), started);
			this.snapshots.savePackages(regionCode, loaded);
			return loaded;
		});
	}

	// Another instance may have renewed the entry already; taking its copy saves a call.
	private <V> boolean isNewerThanHeld(@Nullable Cached<V> shared, @Nullable Cached<V> held, Duration maxAge) {
		return shared != null && !shared.olderThan(maxAge, this.clock.instant())
				&& (held == null || shared.fetchedAt().isAfter(held.fetchedAt()));
	}

	private static DancityPackages forNewEsims(DancityPackages loaded) {
		List<DancityPackage> base = loaded.packages().stream().filter((candidate) -> !candidate.topUp()).toList();
		return new DancityPackages(base, loaded.exchangeRate());
	}

	private void regionsStored(String key, Cached<List<DancityRegion>> stored) {
		Set<String> known = codes(stored.value());
		for (String regionCode : Set.copyOf(this.packages.asMap().keySet())) {
			if (!known.contains(regionCode)) {
				logger.info("Region '{}' is no longer in Dancity's catalog", regionCode);
				evict(regionCode);
			}
		}
		this.generation.incrementAndGet();
	}

	private void packagesStored(String regionCode, Cached<DancityPackages> stored) {
		Set<String> current = new HashSet<>();
		for (DancityPackage offered : stored.value().packages()) {
			current.add(offered.packageCode());
			this.regionByPackageCode.put(offered.packageCode(), regionCode);
		}
		this.regionByPackageCode.entrySet()
			.removeIf((entry) -> entry.getValue().equals(regionCode) && !current.contains(entry.getKey()));
		this.generation.incrementAndGet();
	}

	private static Set<String> codes(List<DancityRegion> regionList) {
		return regionList.stream().map(DancityRegion::code).collect(Collectors.toSet());
	}

}
