package org.esimstore.dancity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Reports whether Dancity answers, by reading the wallet at most once per cache period so
 * that health checks do not eat into the rate budget.
 */
class DancityHealthIndicator implements HealthIndicator {

	private final DancityClient client;

	private final CircuitBreaker circuitBreaker;

	private final Duration cacheTime;

	private final Clock clock;

	private volatile @Nullable Checked last;

	DancityHealthIndicator(DancityClient client, CircuitBreaker circuitBreaker, Duration cacheTime, Clock clock) {
		this.client = client;
		this.circuitBreaker = circuitBreaker;
		this.cacheTime = cacheTime;
		this.clock = clock;
	}

	@Override
	public Health health() {
		Instant now = this.clock.instant();
		Checked checked = this.last;
		if (checked == null || checked.at().plus(this.cacheTime).isBefore(now)) {
			checked = new Checked(check(), now);
			this.last = checked;
		}
		return Health.status(checked.health().getStatus())
			.withDetails(checked.health().getDetails())
			.withDetail("circuitBreaker", this.circuitBreaker.getState().name())
			.withDetail("checkedAt", checked.at().toString())
			.build();
	}

	private Health check() {
		if (this.circuitBreaker.getState() == CircuitBreaker.State.OPEN) {
			return Health.down().withDetail("reason", "circuit breaker open").build();
		}
		try {
			int wallets = this.client.wallets().size();
			return Health.up().withDetail("wallets", wallets).build();
		}
		catch (DancityException ex) {
			return Health.down().withDetail("reason", ex.getMessage()).build();
		}
	}

	private record Checked(Health health, Instant at) {
	}

}
