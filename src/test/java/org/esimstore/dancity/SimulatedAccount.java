package org.esimstore.dancity;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SequencedMap;
import java.util.Set;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/**
 * The merchant account inside the simulated Dancity: wallet, transactions, eSIMs and the
 * catalog as currently priced. Every method holds the one lock, so concurrent requests
 * see consistent state.
 */
final class SimulatedAccount {

	static final BigDecimal DEFAULT_BALANCE = new BigDecimal("5000000");

	static final BigDecimal DEFAULT_EXCHANGE_RATE = new BigDecimal("1620");

	static final Duration DEFAULT_PROVISIONING_DELAY = Duration.ofSeconds(3);

	private final SimulatorCatalog catalog;

	private final SimulatorIds ids;

	private final String walletId;

	private final String userId;

	private final Instant walletCreatedAt;

	private final List<SimulatedTransaction> transactions = new ArrayList<>();

	private final SequencedMap<String, SimulatedEsim> esims = new LinkedHashMap<>();

	private final Map<String, BigDecimal> priceOverrides = new HashMap<>();

	private final Set<String> withdrawn = new HashSet<>();

	private BigDecimal balance = DEFAULT_BALANCE;

	private int walletVersion;

	private Instant walletUpdatedAt;

	private BigDecimal exchangeRate = DEFAULT_EXCHANGE_RATE;

	private Duration provisioningDelay = DEFAULT_PROVISIONING_DELAY;

	SimulatedAccount(SimulatorCatalog catalog, SimulatorIds ids, Instant now) {
		this.catalog = catalog;
		this.ids = ids;
		this.walletId = ids.objectId(now);
		this.userId = ids.objectId(now);
		this.walletCreatedAt = now;
		this.walletUpdatedAt = now;
	}

	synchronized void reset(Instant now) {
		this.transactions.clear();
		this.esims.clear();
		this.priceOverrides.clear();
		this.withdrawn.clear();
		this.balance = DEFAULT_BALANCE;
		this.walletVersion = 0;
		this.walletUpdatedAt = now;
		this.exchangeRate = DEFAULT_EXCHANGE_RATE;
		this.provisioningDelay = DEFAULT_PROVISIONING_DELAY;
	}

	synchronized WalletSnapshot wallet() {
		return new WalletSnapshot(this.walletId, this.userId, this.balance, this.walletCreatedAt, this.walletUpdatedAt,
				this.walletVersion);
	}

	synchronized void balance(BigDecimal balance, Instant now) {
		this.balance = balance;
		this.walletVersion++;
		this.walletUpdatedAt = now;
	}

	synchronized BigDecimal exchangeRate() {
		return this.exchangeRate;
	}

	synchronized void exchangeRate(BigDecimal exchangeRate) {
		this.exchangeRate = exchangeRate;
	}

	synchronized void provisioningDelay(Duration delay) {
		this.provisioningDelay = delay;
	}

	synchronized void reprice(String packageCode, BigDecimal priceUsd) {
		requirePackage(packageCode);
		this.priceOverrides.put(packageCode, priceUsd);
	}

	synchronized void withdraw(String packageCode) {
		requirePackage(packageCode);
		this.withdrawn.add(packageCode);
	}

	/**
	 * A package as currently sold.
	 * @param packageCode the code
	 * @return the package at its current price, empty when unknown or withdrawn
	 */
	synchronized Optional<SimulatedPackage> findPackage(String packageCode) {
		return this.catalog.find(packageCode).filter((pkg) -> !this.withdrawn.contains(pkg.code())).map(this::priced);
	}

	synchronized List<SimulatedPackage> packages(String regionCode, boolean topUp) {
		return this.catalog.packages(regionCode, topUp)
			.stream()
			.filter((pkg) -> !this.withdrawn.contains(pkg.code()))
			.map(this::priced)
			.toList();
	}

	/**
	 * Top-up packages for an eSIM.
	 * @param iccid the eSIM's ICCID
	 * @param now the current time
	 * @return the packages, empty while the eSIM cannot be topped up; absent when the
	 * ICCID is unknown
	 */
	synchronized Optional<List<SimulatedPackage>> topUpPackages(String iccid, Instant now) {
		return esimByIccid(iccid).map((esim) -> esim.acceptsTopUp(now) ? packages(esim.regionCode(), true) : List.of());
	}

	/**
	 * Validates and, unless a failure says otherwise, records a purchase.
	 * @param packageCode the package asked for
	 * @param customerRef the merchant's reference
	 * @param iccid the eSIM to top up
	 * @param nextFailure takes the failure armed for this purchase, if any; only called
	 * once the request is valid and affordable
	 * @param now the current time
	 * @return what happened
	 */
	synchronized PurchaseOutcome purchase(String packageCode, @Nullable String customerRef, @Nullable String iccid,
			Supplier<@Nullable PurchaseFailure> nextFailure, Instant now) {
		SimulatedPackage pkg = findPackage(packageCode).orElse(null);
		if (pkg == null) {
			return new PurchaseOutcome.Rejected(List.of("Package '" + packageCode + "' not found"));
		}
		SimulatedEsim target = null;
		if (pkg.topUp()) {
			if (iccid == null || iccid.isBlank()) {
				return new PurchaseOutcome.Rejected("iccid is required for TOPUP packages");
			}
			target = esimByIccid(iccid).orElse(null);
			if (target == null) {
				return new PurchaseOutcome.Rejected("eSIM with ICCID '" + iccid + "' not found");
			}
			if (!target.regionCode().equals(pkg.regionCode())) {
				return new PurchaseOutcome.Rejected(
						"Package '" + packageCode + "' cannot top up eSIM '" + iccid + "' of another region");
			}
			if (!target.acceptsTopUp(now)) {
				return new PurchaseOutcome.Rejected(
						"eSIM '" + iccid + "' cannot be topped up while " + target.status(now));
			}
		}
		BigDecimal amount = pkg.priceInNaira(this.exchangeRate);
		if (this.balance.compareTo(amount) < 0) {
			return new PurchaseOutcome.InsufficientBalance();
		}
		PurchaseFailure failure = nextFailure.get();
		if (failure instanceof PurchaseFailure.Answers5xx answers && !answers.recorded()) {
			return new PurchaseOutcome.NotRecorded(failure);
		}
		if (failure instanceof PurchaseFailure.FailsInside200) {
			return new PurchaseOutcome.Recorded(record(pkg, customerRef, amount, iccid, now, false, null), failure);
		}
		SimulatedTransaction transaction = record(pkg, customerRef, amount, iccid, now, true, target);
		return new PurchaseOutcome.Recorded(transaction, failure);
	}

	synchronized Optional<SimulatedTransaction> transaction(String reference) {
		return this.transactions.reversed()
			.stream()
			.filter((transaction) -> transaction.matches(reference))
			.findFirst();
	}

	synchronized List<SimulatedTransaction> transactions() {
		return List.copyOf(this.transactions.reversed());
	}

	/**
	 * The eSIM of the latest transaction with this reference.
	 * @param reference Mongo id, tranxId or customerRef
	 * @param now the current time
	 * @return the eSIM, empty when the reference is unknown or its purchase failed
	 */
	synchronized Optional<EsimSnapshot> esim(String reference, Instant now) {
		return transaction(reference).map(SimulatedTransaction::esimId)
			.map(this.esims::get)
			.map((esim) -> esim.snapshot(now));
	}

	synchronized List<EsimSnapshot> esims(Instant now) {
		return this.esims.sequencedValues().reversed().stream().map((esim) -> esim.snapshot(now)).toList();
	}

	synchronized void provisionAll(Instant now) {
		this.esims.values().forEach((esim) -> esim.provisionBy(now));
	}

	synchronized void esimStatus(String reference, String status, Instant now) {
		SimulatedEsim esim = requireProvisioned(reference, now);
		esim.status(status);
	}

	synchronized void consumeData(String reference, long bytes, Instant now) {
		SimulatedEsim esim = requireProvisioned(reference, now);
		esim.consume(bytes);
	}

	private SimulatedTransaction record(SimulatedPackage pkg, @Nullable String customerRef, BigDecimal amount,
			@Nullable String iccid, Instant now, boolean successful, @Nullable SimulatedEsim target) {
		BigDecimal before = this.balance;
		BigDecimal after = successful ? before.subtract(amount) : before;
		String id = this.ids.objectId(now);
		String esimId = null;
		if (successful) {
			esimId = (target != null) ? target.transactionId() : id;
			this.balance = after;
			this.walletVersion++;
			this.walletUpdatedAt = now;
		}
		String apiResponse = successful ? "Order placed with supplier for " + pkg.code()
				: "200011: Insufficient available profiles for package " + pkg.code();
		SimulatedTransaction transaction = new SimulatedTransaction(id, this.ids.tranxId(), customerRef, pkg, amount,
				before, after, successful ? "SUCCESS" : "FAILED", apiResponse, now, esimId, pkg.topUp() ? iccid : null);
		this.transactions.add(transaction);
		if (successful && target != null) {
			target.topUp(pkg);
		}
		else if (successful) {
			this.esims.put(id, new SimulatedEsim(transaction, this.ids, this.provisioningDelay));
		}
		return transaction;
	}

	private SimulatedPackage priced(SimulatedPackage pkg) {
		BigDecimal override = this.priceOverrides.get(pkg.code());
		return (override != null) ? pkg.withPrice(override) : pkg;
	}

	private void requirePackage(String packageCode) {
		if (this.catalog.find(packageCode).isEmpty()) {
			throw new IllegalArgumentException("The simulated catalog has no package '" + packageCode + "'");
		}
	}

	private Optional<SimulatedEsim> esimByIccid(String iccid) {
		return this.esims.values().stream().filter((esim) -> esim.iccid().equals(iccid)).findFirst();
	}

	private SimulatedEsim requireProvisioned(String reference, Instant now) {
		SimulatedEsim esim = transaction(reference).map(SimulatedTransaction::esimId)
			.map(this.esims::get)
			.or(() -> esimByIccid(reference))
			.orElseThrow(() -> new IllegalArgumentException("The simulator has no eSIM for '" + reference + "'"));
		if (!esim.isProvisioned(now)) {
			throw new IllegalStateException("The simulated eSIM for '" + reference + "' is still being provisioned");
		}
		return esim;
	}

	/**
	 * The merchant's wallet at one instant.
	 *
	 * @param id the wallet's Mongo id
	 * @param userId the owner's Mongo id
	 * @param balance NGN balance
	 * @param createdAt when it was opened
	 * @param updatedAt when its balance last changed
	 * @param version how many times it changed
	 */
	record WalletSnapshot(String id, String userId, BigDecimal balance, Instant createdAt, Instant updatedAt,
			int version) {
	}

}
