package org.esimstore.dancity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpHeaders;

/**
 * Honours Dancity's own rate-limit signals: after a 429, or once
 * {@code X-RateLimit-Remaining} reaches zero, no request is sent until the window Dancity
 * announced has passed.
 */
class RateLimitGate {

	private static final Logger logger = LoggerFactory.getLogger(RateLimitGate.class);

	private static final Duration DEFAULT_BACKOFF = Duration.ofSeconds(2);

	private static final Duration LONGEST_BACKOFF = Duration.ofSeconds(60);

	private final Clock clock;

	private volatile Instant closedUntil = Instant.EPOCH;

	RateLimitGate(Clock clock) {
		this.clock = clock;
	}

	/**
	 * Refuses to send while Dancity asked us to wait.
	 * @throws DancityRateLimitedException while the gate is closed
	 */
	void checkOpen() {
		Duration wait = Duration.between(this.clock.instant(), this.closedUntil);
		if (!wait.isNegative() && !wait.isZero()) {
			throw new DancityRateLimitedException(wait);
		}
	}

	/**
	 * Reads the rate-limit headers of an answer and closes the gate when Dancity says we
	 * are out of calls.
	 * @param response the answer
	 */
	void observe(DancityResponse response) {
		Instant now = this.clock.instant();
		if (response.status() == 429) {
			closeUntil(now.plus(retryAfter(response.headers(), now)));
			return;
		}
		String remaining = response.headers().getFirst("X-RateLimit-Remaining");
		if (remaining != null && remaining.strip().equals("0")) {
			Instant reset = resetTime(response.headers());
			if (reset != null && reset.isAfter(now)) {
				closeUntil(reset);
			}
		}
	}

	private void closeUntil(Instant until) {
		if (until.isAfter(this.closedUntil)) {
			this.closedUntil = until;
			logger.warn("Dancity's rate limit reached; holding requests until {}", until);
		}
	}

	/**
	 * How long Dancity asks us to wait: {@code Retry-After}, else
	 * {@code X-RateLimit-Reset}, else two seconds.
	 * @param headers the answer's headers
	 * @param now the current time
	 * @return the wait, at most one minute
	 */
	static Duration retryAfter(HttpHeaders headers, Instant now) {
		Duration wait = DEFAULT_BACKOFF;
		String retryAfter = headers.getFirst(HttpHeaders.RETRY_AFTER);
		Instant reset = resetTime(headers);
		if (retryAfter != null && retryAfter.strip().matches("[0-9]+")) {
			wait = Duration.ofSeconds(Long.parseLong(retryAfter.strip()));
		}
		else if (reset != null && reset.isAfter(now)) {
			wait = Duration.between(now, reset);
		}
		return (wait.compareTo(LONGEST_BACKOFF) > 0) ? LONGEST_BACKOFF : wait;
	}

	private static @Nullable Instant resetTime(HttpHeaders headers) {
		String reset = headers.getFirst("X-RateLimit-Reset");
		if (reset == null || !reset.strip().matches("[0-9]+")) {
			return null;
		}
		long value = Long.parseLong(reset.strip());
		// Some servers send milliseconds since the epoch, others seconds.
		return (value > 100_000_000_000L) ? Instant.ofEpochMilli(value) : Instant.ofEpochSecond(value);
	}

}
