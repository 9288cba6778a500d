package org.esimstore.catalog;

import java.util.List;

/**
 * The packages of one region.
 *
 * @param region the region
 * @param items its packages in the order asked for
 */
record PackagePage(RegionItem region, List<PackageItem> items) {
}
