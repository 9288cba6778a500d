package org.esimstore.catalog;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;

/**
 * Renews the catalog in the background, one Dancity call per tick at most, so that
 * requests are served from the cache and entries are renewed before they turn stale.
 * Every instance runs it: each keeps its own copy in memory, and takes another instance's
 * fresher snapshot instead of calling Dancity.
 */
class CatalogRefresher {

	private static final Logger logger = LoggerFactory.getLogger(CatalogRefresher.class);

	private final CatalogCache cache;

	CatalogRefresher(CatalogCache cache) {
		this.cache = cache;
	}

	@Scheduled(initialDelayString = "${storefront.catalog.refresh-interval:2s}",
			fixedDelayString = "${storefront.catalog.refresh-interval:2s}")
	void refreshNextDue() {
		try {
			this.cache.refreshNextDue();
		}
		catch (RuntimeException ex) {
			logger.error("Background catalog refresh failed unexpectedly", ex);
		}
	}

}
