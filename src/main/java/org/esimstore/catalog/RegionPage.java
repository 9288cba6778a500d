package org.esimstore.catalog;

import java.util.List;

/**
 * The answer to a region search.
 *
 * @param items the matching regions, by name
 */
record RegionPage(List<RegionItem> items) {
}
