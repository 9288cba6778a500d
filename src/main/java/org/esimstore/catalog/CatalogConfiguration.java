package org.esimstore.catalog;

import java.time.Clock;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import tools.jackson.databind.json.JsonMapper;

import org.esimstore.dancity.DancityClient;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Wires the catalog: its cache over Dancity within the {@code catalog} rate limiter, its
 * background refresh, pricing and views.
 */
@Configuration(proxyBeanMethods = false)
class CatalogConfiguration {

	static final String RATE_LIMITER = "catalog";

	private final Clock clock = Clock.systemUTC();

	@Bean
	CatalogUpstream catalogUpstream(DancityClient client, RateLimiterRegistry rateLimiters,
			CatalogProperties properties) {
		RateLimiter budget = rateLimiters.find(RATE_LIMITER)
			.orElseThrow(() -> new IllegalStateException("The catalog's share of Dancity's rate limit is not set: "
					+ "configure resilience4j.ratelimiter.instances." + RATE_LIMITER));
		return new CatalogUpstream(client, budget, properties.failureBackoff(), this.clock);
	}

	@Bean
	JdbcCatalogSnapshots catalogSnapshots(JdbcClient jdbc, JsonMapper json) {
		return new JdbcCatalogSnapshots(jdbc, json);
	}

	@Bean(initMethod = "restore")
	CatalogCache catalogCache(CatalogUpstream upstream, CatalogSnapshots snapshots, CatalogProperties properties) {
		return new CatalogCache(upstream, snapshots, properties, this.clock);
	}

	@Bean
	CatalogRefresher catalogRefresher(CatalogCache cache) {
		return new CatalogRefresher(cache);
	}

	@Bean
	CatalogPricing catalogPricing(RetailPricing retailPricing) {
		return new CatalogPricing(retailPricing);
	}

	@Bean
	CatalogViews catalogViews(CatalogCache cache, CatalogPricing pricing, JsonMapper json,
			CatalogProperties properties) {
		return new CatalogViews(cache, pricing, json, properties, this.clock);
	}

	@Bean
	CatalogPackageLookup catalogPackageLookup(CatalogCache cache, CatalogUpstream upstream, CatalogPricing pricing,
			CatalogProperties properties) {
		return new CatalogPackageLookup(cache, upstream, pricing, properties, this.clock);
	}

}
