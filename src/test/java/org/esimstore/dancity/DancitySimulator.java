package org.esimstore.dancity;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

/**
 * An in-process Dancity built on WireMock that behaves like the real API, shared by the
 * test suite and the sandbox so that both agree.
 * <p>
 * One catch-all stub at a low priority hands every request to Java code that keeps the
 * merchant account in memory: wallet, transactions, eSIMs that are provisioned a while
 * after purchase, and a fixed catalog. Tests may add their own stubs with
 * {@code server().stubFor(...)}; any stub at the default priority wins over the
 * catch-all, and answers exactly as stubbed (no authentication, rate-limit headers or
 * latency). Purchases and request counts are still recorded for such requests.
 */
public final class DancitySimulator implements AutoCloseable {

	/** The merchant key the simulator accepts; anything else answers 401. */
	public static final String API_KEY = "dcy_sandbox_0000000000000000000000000000000000000000";

	/** The wallet balance in NGN after a start or reset. */
	public static final BigDecimal DEFAULT_WALLET_BALANCE = SimulatedAccount.DEFAULT_BALANCE;

	/** How long a new eSIM stays in {@code GETTING_RESOURCE} after a start or reset. */
	public static final Duration DEFAULT_PROVISIONING_DELAY = SimulatedAccount.DEFAULT_PROVISIONING_DELAY;

	/** NGN per USD after a start or reset. */
	public static final BigDecimal DEFAULT_EXCHANGE_RATE = SimulatedAccount.DEFAULT_EXCHANGE_RATE;

	/** Requests per minute reported, and enforced when asked, after a start or reset. */
	public static final int DEFAULT_RATE_LIMIT = SimulatorBehaviour.DEFAULT_RATE_LIMIT;

	/** Package code of "Qatar 1GB 7Days" (1.75 USD, 2835 NGN at the default rate). */
	public static final String QATAR_1GB_7DAYS = SimulatorCatalog.QATAR_1GB_7DAYS;

	/** Package code of "Nigeria 100MB 7Days" (0.60 USD, 972 NGN at the default rate). */
	public static final String NIGERIA_100MB_7DAYS = SimulatorCatalog.NIGERIA_100MB_7DAYS;

	/** Priority of the catch-all stub; a test's stub with a lower number wins. */
	public static final int SIMULATOR_STUB_PRIORITY = 100;

	private static DancitySimulator shared;

	private final Clock clock = Clock.systemUTC();

	private final SimulatorCatalog catalog = SimulatorCatalog.standard();

	private final SimulatedAccount account = new SimulatedAccount(this.catalog, new SimulatorIds(),
			this.clock.instant());

	private final SimulatorBehaviour behaviour = new SimulatorBehaviour();

	private final SimulatorRequestLog requestLog = new SimulatorRequestLog(this.clock);

	private final WireMockServer server;

	private DancitySimulator(int port) {
		this.server = new WireMockServer(WireMockConfiguration.options()
			.port(port)
			.containerThreads(64)
			.maxRequestJournalEntries(10_000)
			.asynchronousResponseEnabled(true)
			.asynchronousResponseThreads(8)
			.extensionScanningEnabled(false)
			.extensions(new SimulatorRoutes(this.account, this.behaviour, this.catalog, this.clock), this.requestLog));
		this.server.start();
		reset();
	}

	/**
	 * Starts a simulator on the given port.
	 * @param port the port, 0 for any free one
	 * @return the running simulator
	 */
	public static DancitySimulator start(int port) {
		return new DancitySimulator(port);
	}

	/**
	 * The simulator shared by every test in this JVM.
	 * @return the running simulator
	 */
	public static synchronized DancitySimulator shared() {
		if (shared == null) {
			shared = start(0);
			Runtime.getRuntime().addShutdownHook(new Thread(shared::close));
		}
		return shared;
	}

	/**
	 * Where the simulator listens, without the {@code /api/v1} prefix.
	 * @return the base URL such as {@code http://localhost:4711}
	 */
	public String baseUrl() {
		return this.server.baseUrl();
	}

	/**
	 * The WireMock server, for a test's own stubs and verifications.
	 * @return the server
	 */
	public WireMockServer server() {
		return this.server;
	}

	/**
	 * Back to the default catalog, state and behaviour: forgets purchases, eSIMs, request
	 * counts, armed failures and extra stubs.
	 */
	public void reset() {
		this.server.resetAll();
		this.server.stubFor(any(anyUrl()).atPriority(SIMULATOR_STUB_PRIORITY)
			.willReturn(aResponse().withTransformers(SimulatorRoutes.NAME)));
		this.account.reset(this.clock.instant());
		this.behaviour.reset();
		this.requestLog.reset();
	}

	/**
	 * How long eSIMs bought from now on stay in {@code GETTING_RESOURCE} before their
	 * profile appears.
	 * @param delay the delay, zero for immediately
	 */
	public void provisioningDelay(Duration delay) {
		this.account.provisioningDelay(delay);
	}

	/**
	 * Finishes provisioning every eSIM still waiting for its profile.
	 */
	public void provisionAll() {
		this.account.provisionAll(this.clock.instant());
	}

	/**
	 * Sets the NGN wallet balance.
	 * @param balance the new balance
	 */
	public void walletBalance(BigDecimal balance) {
		this.account.balance(balance, this.clock.instant());
	}

	/**
	 * The NGN wallet balance.
	 * @return the balance
	 */
	public BigDecimal walletBalance() {
		return this.account.wallet().balance();
	}

	/**
	 * Sets how many NGN a USD costs, which changes every {@code priceInNaira}.
	 * @param exchangeRate NGN per USD
	 */
	public void exchangeRate(BigDecimal exchangeRate) {
		this.account.exchangeRate(exchangeRate);
	}

	/**
	 * Changes a package's USD price from now on.
	 * @param packageCode the package
	 * @param priceUsd its new price
	 * @throws IllegalArgumentException when the catalog has no such package
	 */
	public void packagePrice(String packageCode, BigDecimal priceUsd) {
		this.account.reprice(packageCode, priceUsd);
	}

	/**
	 * Stops selling a package: it leaves the lists and buying it is refused as unknown.
	 * @param packageCode the package
	 * @throws IllegalArgumentException when the catalog has no such package
	 */
	public void withdrawPackage(String packageCode) {
		this.account.withdraw(packageCode);
	}

	/**
	 * Codes of a region's new-eSIM packages, in listing order.
	 * @param regionCode the region such as {@code NG} or {@code EU-42}
	 * @return the codes, empty for an unknown region
	 */
	public List<String> packageCodes(String regionCode) {
		return this.account.packages(regionCode, false).stream().map(SimulatedPackage::code).toList();
	}

	/**
	 * What buying a package costs now, as the purchase would debit it.
	 * @param packageCode the package
	 * @return the NGN price
	 * @throws IllegalArgumentException when the package is unknown or withdrawn
	 */
	public BigDecimal priceInNaira(String packageCode) {
		SimulatedPackage pkg = this.account.findPackage(packageCode)
			.orElseThrow(() -> new IllegalArgumentException("The simulator sells no package '" + packageCode + "'"));
		return pkg.priceInNaira(this.account.exchangeRate());
	}

	/**
	 * Sets a provisioned eSIM's status as the supplier reports it, such as {@code IN_USE}
	 * or {@code CANCEL}.
	 * @param reference its purchase's Mongo id, tranxId or customerRef, or its ICCID
	 * @param status the status
	 * @throws IllegalArgumentException when no eSIM matches
	 * @throws IllegalStateException while the eSIM is still being provisioned
	 */
	public void esimStatus(String reference, String status) {
		this.account.esimStatus(reference, status, this.clock.instant());
	}

	/**
	 * Uses data on a provisioned eSIM, making it {@code IN_USE}, or {@code USED_UP} once
	 * nothing is left.
	 * @param reference its purchase's Mongo id, tranxId or customerRef, or its ICCID
	 * @param bytes how much data to use
	 * @throws IllegalArgumentException when no eSIM matches
	 * @throws IllegalStateException while the eSIM is still being provisioned
	 */
	public void consumeData(String reference, long bytes) {
		this.account.consumeData(reference, bytes, this.clock.instant());
	}

	/**
	 * A fixed delay before every answer of the simulator, such as 300 ms for a benchmark.
	 * @param latency the delay, zero for none
	 */
	public void latency(Duration latency) {
		this.behaviour.latency(latency);
	}

	/**
	 * Whether requests over the limit in a minute are refused with 429; the
	 * {@code X-RateLimit-*} headers are sent either way.
	 * @param enforce true to refuse them
	 */
	public void enforceRateLimit(boolean enforce) {
		this.behaviour.enforceRateLimit(enforce);
	}

	/**
	 * Changes the per-minute limit reported in the headers and enforced when asked.
	 * @param requestsPerMinute the limit
	 */
	public void rateLimit(int requestsPerMinute) {
		this.behaviour.rateLimit(requestsPerMinute);
	}

	/**
	 * Every purchase request received since the last reset, in arrival order, whatever it
	 * was answered.
	 * @return the requests
	 */
	public List<PurchaseAttempt> purchases() {
		return this.requestLog.purchases();
	}

	/**
	 * How many purchase requests carried a customer reference.
	 * @param customerRef the reference
	 * @return the number of requests
	 */
	public int purchaseCount(String customerRef) {
		return (int) purchases().stream().filter((purchase) -> customerRef.equals(purchase.customerRef())).count();
	}

	/**
	 * How many requests hit paths starting with a prefix since the last reset.
	 * @param pathPrefix such as {@code /api/v1/esim/packages}
	 * @return the number of requests
	 */
	public int requestCount(String pathPrefix) {
		return this.requestLog.count(pathPrefix);
	}

	/**
	 * Makes the next valid, affordable purchase answer 200 with {@code success: true} but
	 * a {@code FAILED} transaction carrying the supplier's message; nothing is debited
	 * and no eSIM is made. Armed failures apply to purchases in the order they were
	 * armed.
	 */
	public void nextPurchaseFailsInside200() {
		this.behaviour.armPurchaseFailure(new PurchaseFailure.FailsInside200());
	}

	/**
	 * Makes the next valid, affordable purchase succeed but answer only after a delay, to
	 * outlast the client's timeout.
	 * @param delay how long to hold the answer, on top of any latency
	 */
	public void nextPurchaseRecordedThenTimesOut(Duration delay) {
		this.behaviour.armPurchaseFailure(new PurchaseFailure.RecordedThenDelayed(delay));
	}

	/**
	 * Makes the next valid, affordable purchase succeed but reset the connection instead
	 * of answering.
	 */
	public void nextPurchaseRecordedThenConnectionReset() {
		this.behaviour.armPurchaseFailure(new PurchaseFailure.RecordedThenConnectionReset());
	}

	/**
	 * Makes the next valid, affordable purchase answer 500.
	 * @param recorded whether the purchase succeeds anyway (debited, eSIM made)
	 */
	public void nextPurchaseAnswers5xx(boolean recorded) {
		this.behaviour.armPurchaseFailure(new PurchaseFailure.Answers5xx(recorded));
	}

	/**
	 * Makes every authenticated request to paths starting with a prefix fail until
	 * {@link #endpointUp(String)}: 500 in Dancity's error shape, 502/503/504 as a proxy's
	 * HTML page, 429 in the NestJS shape, others in Dancity's error shape.
	 * @param pathPrefix such as {@code /api/v1/esim/details}
	 * @param status the HTTP status to answer
	 */
	public void endpointDown(String pathPrefix, int status) {
		this.behaviour.endpointDown(pathPrefix, status);
	}

	/**
	 * Lets requests to a prefix made to fail with {@link #endpointDown} succeed again.
	 * @param pathPrefix the prefix exactly as given
	 */
	public void endpointUp(String pathPrefix) {
		this.behaviour.endpointUp(pathPrefix);
	}

	@Override
	public void close() {
		this.server.stop();
	}

}
