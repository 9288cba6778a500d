package org.esimstore.catalog;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.esimstore.dancity.DancityPackages;
import org.esimstore.dancity.DancityRegion;

/**
 * Durable copies of the last good region list and package lists, read back at start and
 * shared between instances.
 */
interface CatalogSnapshots {

	@Nullable Cached<List<DancityRegion>> regions();

	@Nullable Cached<DancityPackages> packages(String regionCode);

	/**
	 * Every package list held, by region code.
	 * @return the package lists
	 */
	Map<String, Cached<DancityPackages>> allPackages();

	void saveRegions(Cached<List<DancityRegion>> regions);

	void savePackages(String regionCode, Cached<DancityPackages> packages);

	void deletePackages(String regionCode);

}
