package org.esimstore.catalog;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import io.github.resilience4j.ratelimiter.RateLimiter;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.esimstore.dancity.DancityClient;
import org.esimstore.dancity.DancityNotFoundException;
import org.esimstore.dancity.DancityPackages;
import org.esimstore.dancity.DancityRateLimitedException;
import org.esimstore.dancity.DancityRegion;
import org.esimstore.dancity.DancityRejectedException;
import org.esimstore.dancity.RegionType;

/**
 * The catalog's Dancity calls, each spending one permit of the catalog's share of
 * Dancity's rate limit; a call without a permit is not made. Failures are logged once per
 * outage, not once per call.
 */
class CatalogUpstream {

	private static final Logger logger = LoggerFactory.getLogger(CatalogUpstream.class);

	private final DancityClient client;

	private final RateLimiter budget;

	private final Duration failureRetryAfter;

	private final Clock clock;

	private final AtomicReference<@Nullable Instant> failingSince = new AtomicReference<>();

	CatalogUpstream(DancityClient client, RateLimiter budget, Duration failureRetryAfter, Clock clock) {
		this.client = client;
		this.budget = budget;
		this.failureRetryAfter = failureRetryAfter;
		this.clock = clock;
	}

	List<DancityRegion> regions() {
		return call("the region list", () -> this.client.regions(null));
	}

	/**
	 * New-eSIM packages of a region; a region Dancity no longer knows has none.
	 * @param region the region
	 * @return the packages
	 */
	DancityPackages packages(DancityRegion region) {
		return call("packages of region '" + region.code() + "'", () -> {
			try {
				return this.client.packages(region.code(), region.type());
			}
			catch (DancityNotFoundException ex) {
				return new DancityPackages(List.of(), null);
			}
		});
	}

	/**
	 * Top-up packages of an eSIM; one Dancity does not know or will not top up has none.
	 * @param iccid the eSIM's ICCID
	 * @return the packages
	 */
	DancityPackages topUpPackages(String iccid) {
		return call("top-ups of an eSIM", () -> {
			try {
				return this.client.topUpPackages(iccid);
			}
			catch (DancityNotFoundException | DancityRejectedException ex) {
				return new DancityPackages(List.of(), null);
			}
		});
	}

	/**
	 * Whether a call could be made now without waiting for a permit, so that background
	 * work only uses what is spare.
	 * @return true when a permit is free
	 */
	boolean hasSparePermit() {
		return this.budget.getMetrics().getAvailablePermissions() > 0;
	}

	/**
	 * Since when Dancity's catalog calls have been failing.
	 * @return the start of the current outage, or {@code null} when the last call worked
	 */
	@Nullable Instant failingSince() {
		return this.failingSince.get();
	}

	private <T> T call(String what, Supplier<T> call) {
		if (!this.budget.acquirePermission()) {
			logger.debug("Not loading {}: the catalog's share of Dancity's rate limit is used up", what);
			throw new CatalogUnavailableException(what, this.budget.getRateLimiterConfig().getLimitRefreshPeriod(),
					"the catalog's share of Dancity's rate limit is used up", null);
		}
		logger.debug("Loading {} from Dancity", what);
		try {
			T result = call.get();
			recovered();
			return result;
		}
		catch (RuntimeException ex) {
			failed(what, ex);
			Duration retryAfter = (ex instanceof DancityRateLimitedException limited) ? limited.retryAfter()
					: this.failureRetryAfter;
			throw new CatalogUnavailableException(what, retryAfter, "Dancity is not answering", ex);
		}
	}

	private void failed(String what, RuntimeException ex) {
		if (this.failingSince.compareAndSet(null, this.clock.instant())) {
			logger.warn("Dancity failed while loading {} ({}); serving the last good catalog until it answers again",
					what, ex.toString());
		}
		else {
			logger.debug("Dancity still failing while loading {}: {}", what, ex.toString());
		}
	}

	private void recovered() {
		Instant since = this.failingSince.getAndSet(null);
		if (since != null) {
			logger.info("Dancity answers catalog calls again after failing since {}", since);
		}
	}

}
