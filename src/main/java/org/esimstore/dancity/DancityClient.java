package org.esimstore.dancity;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Every Dancity call this service makes, guarded by a circuit breaker, a bulkhead and a
 * rate limiter; reads are retried with backoff, purchases never.
 */
public class DancityClient {

	/**
	 * Regions Dancity sells eSIMs for.
	 * @param type only countries or only regional bundles; {@code null} for all
	 * @return the regions
	 */
	public List<DancityRegion> regions(@Nullable RegionType type) {
		throw new UnsupportedOperationException("not yet implemented");
	}

	/**
	 * New-eSIM packages of a region.
	 * @param regionCode the region's code
	 * @param regionType the region's type
	 * @return the packages and exchange rate
	 */
	public DancityPackages packages(String regionCode, RegionType regionType) {
		throw new UnsupportedOperationException("not yet implemented");
	}

	/**
	 * Top-up packages for an installed eSIM.
	 * @param iccid the eSIM's ICCID
	 * @return the packages and exchange rate; empty when it cannot be topped up
	 */
	public DancityPackages topUpPackages(String iccid) {
		throw new UnsupportedOperationException("not yet implemented");
	}

	/**
	 * Buys a package, once: never retried.
	 * @param request what to buy and our reference
	 * @return the accepted purchase
	 * @throws DancityPurchaseFailedException when Dancity reports the purchase as failed
	 * @throws DancityPurchaseOutcomeUnknownException when it is unclear whether Dancity
	 * recorded it
	 */
	public DancityPurchase purchase(DancityPurchaseRequest request) {
		throw new UnsupportedOperationException("not yet implemented");
	}

	/**
	 * Details of one eSIM purchase.
	 * @param reference Dancity's transaction id or tranxId, or our customerRef
	 * @return the eSIM
	 * @throws DancityNotFoundException when Dancity has no such purchase
	 */
	public DancityEsimDetails details(String reference) {
		throw new UnsupportedOperationException("not yet implemented");
	}

	/**
	 * One page of the merchant's eSIMs.
	 * @param page page number, from 1
	 * @param limit page size
	 * @return the page
	 */
	public DancityEsimPage myEsims(int page, int limit) {
		throw new UnsupportedOperationException("not yet implemented");
	}

	/**
	 * One transaction.
	 * @param reference Dancity's transaction id or tranxId, or our customerRef (the
	 * latest one wins)
	 * @return the transaction
	 * @throws DancityNotFoundException when Dancity has no such transaction
	 */
	public DancityTransaction transaction(String reference) {
		throw new UnsupportedOperationException("not yet implemented");
	}

	/**
	 * The merchant's wallets.
	 * @return the wallets with their balances
	 */
	public List<DancityWallet> wallets() {
		throw new UnsupportedOperationException("not yet implemented");
	}

}
