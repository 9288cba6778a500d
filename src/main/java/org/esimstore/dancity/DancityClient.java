package org.esimstore.dancity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RequestNotPermitted;
import io.github.resilience4j.retry.Retry;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import org.esimstore.dancity.DancityTransport.AnswerLostException;

import org.springframework.http.HttpMethod;

/**
 * Every Dancity call this service makes, guarded by a circuit breaker, a bulkhead and
 * rate limiters; reads are retried with backoff, purchases never.
 */
public class DancityClient {

	private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

	private final DancityTransport readTransport;

	private final DancityTransport purchaseTransport;

	private final DancityDecoder decoder;

	private final RateLimitGate gate;

	private final Guards guards;

	DancityClient(DancityTransport readTransport, DancityTransport purchaseTransport, DancityDecoder decoder,
			RateLimitGate gate, Guards guards) {
		this.readTransport = readTransport;
		this.purchaseTransport = purchaseTransport;
		this.decoder = decoder;
		this.gate = gate;
		this.guards = guards;
	}

	/**
	 * Regions Dancity sells eSIMs for.
	 * @param type only countries or only regional bundles; {@code null} for all
	 * @return the regions
	 */
	public List<DancityRegion> regions(@Nullable RegionType type) {
		Map<String, Object> query = (type != null) ? Map.of("type", type.queryType()) : Map.of();
		return read("/esim/regions", query, "regions", this.decoder::regions);
	}

	/**
	 * New-eSIM packages of a region.
	 * @param regionCode the region's code
	 * @param regionType the region's type
	 * @return the packages and exchange rate
	 */
	public DancityPackages packages(String regionCode, RegionType regionType) {
		Map<String, Object> query = new LinkedHashMap<>();
		query.put("regionCode", regionCode);
		query.put("regionType", regionType.wireName());
		query.put("type", "BASE");
		return read("/esim/packages", query, "packages of region '" + regionCode + "'",
				(data) -> this.decoder.packages(data, false));
	}

	/**
	 * Top-up packages for an installed eSIM.
	 * @param iccid the eSIM's ICCID
	 * @return the packages and exchange rate; empty when it cannot be topped up
	 */
	public DancityPackages topUpPackages(String iccid) {
		return read("/esim/topup-packages", Map.of("iccid", iccid), "top-up packages for eSIM " + Masking.iccid(iccid),
				(data) -> this.decoder.packages(data, true));
	}

	/**
	 * Buys a package, once: never retried, whatever happens.
	 * @param request what to buy and our reference
	 * @return the accepted purchase
	 * @throws DancityPurchaseFailedException when Dancity reports the purchase as failed
	 * @throws DancityPurchaseOutcomeUnknownException when it is unclear whether Dancity
	 * recorded it
	 * @throws DancityException for other failures, see
	 * {@link DancityException#certainlyNotApplied()}
	 */
	public DancityPurchase purchase(DancityPurchaseRequest request) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("packageCode", request.packageCode());
		body.put("customerRef", request.customerRef());
		if (request.iccid() != null) {
			body.put("iccid", request.iccid());
		}
		return this.guards.purchase(() -> {
			this.gate.checkOpen();
			DancityResponse response;
			try {
				response = this.purchaseTransport.exchange(HttpMethod.POST, "/esim/purchase", Map.of(), body);
			}
			catch (AnswerLostException ex) {
				throw new DancityPurchaseOutcomeUnknownException(request.customerRef(), ex.getMessage(), ex);
			}
			this.gate.observe(response);
			if (response.status() >= 500) {
				throw new DancityPurchaseOutcomeUnknownException(request.customerRef(),
						"Dancity answered HTTP " + response.status(), null);
			}
			try {
				return this.decoder.purchase(this.decoder.data(response, "purchase"), request);
			}
			catch (DancityUpstreamException ex) {
				throw new DancityPurchaseOutcomeUnknownException(request.customerRef(), ex.getMessage(), ex);
			}
		});
	}

	/**
	 * Details of one eSIM purchase.
	 * @param reference Dancity's transaction id or tranxId, or our customerRef
	 * @return the eSIM
	 * @throws DancityNotFoundException when Dancity has no such purchase
	 */
	public DancityEsimDetails details(String reference) {
		requireReference(reference, "eSIM");
		return read("/esim/details/" + reference, Map.of(), "eSIM '" + reference + "'", this.decoder::details);
	}

	/**
	 * One page of the merchant's eSIMs.
	 * @param page page number, from 1
	 * @param limit page size
	 * @return the page
	 */
	public DancityEsimPage myEsims(int page, int limit) {
		return read("/esim/my-esims", Map.of("page", page, "limit", limit), "eSIM list",
				(data) -> this.decoder.esims(data, page, limit));
	}

	/**
	 * One transaction.
	 * @param reference Dancity's transaction id or tranxId, or our customerRef (the
	 * latest one wins)
	 * @return the transaction
	 * @throws DancityNotFoundException when Dancity has no such transaction
	 */
	public DancityTransaction transaction(String reference) {
		requireReference(reference, "transaction");
		return read("/transactions/" + reference, Map.of(), "transaction '" + reference + "'",
				this.decoder::transaction);
	}

	/**
	 * The merchant's wallets.
	 * @return the wallets with their balances
	 */
	public List<DancityWallet> wallets() {
		return read("/wallet", Map.of(), "wallet", this.decoder::wallets);
	}

	private static void requireReference(String reference, String resource) {
		if (!REFERENCE.matcher(reference).matches()) {
			throw new DancityNotFoundException(resource + " '" + Masking.secret(reference) + "'",
					"not a valid Dancity reference");
		}
	}

	private <T> T read(String path, Map<String, ?> query, String resource, Function<JsonNode, T> decode) {
		return this.guards.read(() -> {
			this.gate.checkOpen();
			DancityResponse response;
			try {
				response = this.readTransport.exchange(HttpMethod.GET, path, query, null);
			}
			catch (AnswerLostException ex) {
				throw new DancityUpstreamException(ex.getMessage(), ex);
			}
			this.gate.observe(response);
			return decode.apply(this.decoder.data(response, resource));
		});
	}

	/**
	 * The Resilience4j guards around each call, turning their refusals into
	 * {@link DancityUnavailableException}.
	 *
	 * @param circuitBreaker opens when Dancity keeps failing
	 * @param bulkhead bounds the calls in flight
	 * @param rateLimiter keeps all calls under Dancity's per-minute budget
	 * @param purchaseRateLimiter keeps purchases under Dancity's purchase budget
	 * @param readRetry retries failed reads with backoff
	 */
	record Guards(CircuitBreaker circuitBreaker, Bulkhead bulkhead, RateLimiter rateLimiter,
			RateLimiter purchaseRateLimiter, Retry readRetry) {

		<T> T read(Supplier<T> call) {
			Supplier<T> guarded = Bulkhead.decorateSupplier(this.bulkhead, call);
			guarded = RateLimiter.decorateSupplier(this.rateLimiter, guarded);
			guarded = CircuitBreaker.decorateSupplier(this.circuitBreaker, guarded);
			return translate(Retry.decorateSupplier(this.readRetry, guarded));
		}

		<T> T purchase(Supplier<T> call) {
			Supplier<T> guarded = Bulkhead.decorateSupplier(this.bulkhead, call);
			guarded = RateLimiter.decorateSupplier(this.rateLimiter, guarded);
			guarded = RateLimiter.decorateSupplier(this.purchaseRateLimiter, guarded);
			return translate(CircuitBreaker.decorateSupplier(this.circuitBreaker, guarded));
		}

		private static <T> T translate(Supplier<T> guarded) {
			try {
				return guarded.get();
			}
			catch (CallNotPermittedException ex) {
				throw new DancityUnavailableException("Dancity's circuit breaker is open; the call was not made", ex);
			}
			catch (RequestNotPermitted ex) {
				throw new DancityUnavailableException(
						"This service's Dancity rate budget is used up for now; the call was not made", ex);
			}
			catch (BulkheadFullException ex) {
				throw new DancityUnavailableException("Too many Dancity calls in flight; the call was not made", ex);
			}
		}

	}

}
