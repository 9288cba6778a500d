package org.esimstore.catalog;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

import org.esimstore.dancity.DancityPackages;
import org.esimstore.dancity.DancityRegion;

/**
 * Catalog snapshots kept in memory, standing in for PostgreSQL in unit tests.
 */
final class InMemoryCatalogSnapshots implements CatalogSnapshots {

	private volatile @Nullable Cached<List<DancityRegion>> regions;

	private final Map<String, Cached<DancityPackages>> packages = new ConcurrentHashMap<>();

	@Override
	public @Nullable Cached<List<DancityRegion>> regions() {
		return this.regions;
	}

	@Override
	public @Nullable Cached<DancityPackages> packages(String regionCode) {
		return this.packages.get(regionCode);
	}

	@Override
	public Map<String, Cached<DancityPackages>> allPackages() {
		return Map.copyOf(this.packages);
	}

	@Override
	public void saveRegions(Cached<List<DancityRegion>> regions) {
		this.regions = regions;
	}

	@Override
	public void savePackages(String regionCode, Cached<DancityPackages> packages) {
		this.packages.put(regionCode, packages);
	}

	@Override
	public void deletePackages(String regionCode) {
		this.packages.remove(regionCode);
	}

}
