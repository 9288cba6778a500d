package org.esimstore.dancity;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.jspecify.annotations.Nullable;

/**
 * How the simulated Dancity behaves apart from its data: latency, rate limiting,
 * endpoints made to fail and failures armed for coming purchases. Safe for concurrent
 * use.
 */
final class SimulatorBehaviour {

	static final int DEFAULT_RATE_LIMIT = 120;

	private final Queue<PurchaseFailure> purchaseFailures = new ConcurrentLinkedQueue<>();

	private final Map<String, Integer> endpointsDown = new ConcurrentHashMap<>();

	private volatile Duration latency = Duration.ZERO;

	private volatile boolean enforceRateLimit;

	private int rateLimit = DEFAULT_RATE_LIMIT;

	private long rateWindowMinute = -1;

	private int rateWindowCount;

	void reset() {
		this.purchaseFailures.clear();
		this.endpointsDown.clear();
		this.latency = Duration.ZERO;
		this.enforceRateLimit = false;
		synchronized (this) {
			this.rateLimit = DEFAULT_RATE_LIMIT;
			this.rateWindowMinute = -1;
			this.rateWindowCount = 0;
		}
	}

	Duration latency() {
		return this.latency;
	}

	void latency(Duration latency) {
		this.latency = latency;
	}

	void enforceRateLimit(boolean enforce) {
		this.enforceRateLimit = enforce;
	}

	synchronized void rateLimit(int requestsPerMinute) {
		this.rateLimit = requestsPerMinute;
	}

	/**
	 * Counts a request against the current minute.
	 * @param now when it arrived
	 * @return the window after counting it
	 */
	synchronized RateWindow count(Instant now) {
		long minute = now.getEpochSecond() / 60;
		if (minute != this.rateWindowMinute) {
			this.rateWindowMinute = minute;
			this.rateWindowCount = 0;
		}
		this.rateWindowCount++;
		return window(minute);
	}

	/**
	 * The current minute's window without counting a request.
	 * @param now the current time
	 * @return the window
	 */
	synchronized RateWindow peek(Instant now) {
		long minute = now.getEpochSecond() / 60;
		return (minute == this.rateWindowMinute) ? window(minute)
				: new RateWindow(this.rateLimit, this.rateLimit, (minute + 1) * 60, false);
	}

	void armPurchaseFailure(PurchaseFailure failure) {
		this.purchaseFailures.add(failure);
	}

	@Nullable PurchaseFailure takePurchaseFailure() {
		return this.purchaseFailures.poll();
	}

	void endpointDown(String pathPrefix, int status) {
		this.endpointsDown.put(pathPrefix, status);
	}

	void endpointUp(String pathPrefix) {
		this.endpointsDown.remove(pathPrefix);
	}

	/**
	 * The status a path is made to fail with.
	 * @param path the request path
	 * @return the status of the longest matching prefix made to fail, or {@code null}
	 */
	@Nullable Integer downStatus(String path) {
		return this.endpointsDown.entrySet()
			.stream()
			.filter((entry) -> path.startsWith(entry.getKey()))
			.max(Map.Entry.comparingByKey((left, right) -> Integer.compare(left.length(), right.length())))
			.map(Map.Entry::getValue)
			.orElse(null);
	}

	private RateWindow window(long minute) {
		boolean exceeded = this.enforceRateLimit && this.rateWindowCount > this.rateLimit;
		return new RateWindow(this.rateLimit, Math.max(0, this.rateLimit - this.rateWindowCount), (minute + 1) * 60,
				exceeded);
	}

	/**
	 * The rate limit as the response headers report it.
	 *
	 * @param limit requests allowed per minute
	 * @param remaining requests left this minute
	 * @param resetEpochSecond when the window restarts, in Unix seconds
	 * @param exceeded whether this request is over an enforced limit
	 */
	record RateWindow(int limit, int remaining, long resetEpochSecond, boolean exceeded) {
	}

}
