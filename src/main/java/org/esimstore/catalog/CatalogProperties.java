package org.esimstore.catalog;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How fresh the storefront catalog is kept and how long its answers may be reused.
 *
 * @param ttl how long Dancity's regions and packages count as fresh; entries are
 * refreshed in the background before this age and served as stale after it
 * @param topUpTtl how long the top-up packages of one eSIM are reused
 * @param priceTtl how long a priced and rendered catalog answer is reused, which bounds
 * how late a change of pricing rules shows in the catalog
 * @param httpMaxAge how long browsers and CDNs may reuse a catalog answer
 * @param failureBackoff how long the background refresh pauses after Dancity failed
 * @param refreshInterval how often the background refresh may make one Dancity call
 */
@ConfigurationProperties("storefront.catalog")
record CatalogProperties(@DefaultValue("10m") Duration ttl, @DefaultValue("2m") Duration topUpTtl,
		@DefaultValue("30s") Duration priceTtl, @DefaultValue("60s") Duration httpMaxAge,
		@DefaultValue("30s") Duration failureBackoff, @DefaultValue("2s") Duration refreshInterval) {

	/**
	 * Age from which the background refresh renews an entry, leaving a quarter of the
	 * freshness period to get it done before the entry turns stale.
	 * @return the age at which an entry is due for refresh
	 */
	Duration refreshAfter() {
		return this.ttl.minus(this.ttl.dividedBy(4));
	}

}
