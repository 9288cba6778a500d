package org.esimstore.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.esimstore.EsimStorefrontApplication;
import org.esimstore.TestDatabase;
import org.esimstore.dancity.DancitySimulator;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

/**
 * Benchmarks the catalog against a simulated Dancity that takes 300 ms per answer: a
 * burst of cold requests for one region, a minute of storefront load on a cold catalog,
 * and the cached packages endpoint against a no-op endpoint of the same application. Run
 * by {@code bench/catalog.sh}; prints its figures and exits.
 */
public final class CatalogBenchmarkApplication {

	private static final Duration DANCITY_LATENCY = Duration.ofMillis(300);

	private static final int BURST = 500;

	private static final int LOAD_SECONDS = 60;

	private static final int THROUGHPUT_SECONDS = 15;

	private static final int CONNECTIONS = 32;

	private static final String CATALOG_CALLS = "/api/v1/esim";

	private final DancitySimulator simulator;

	private final String baseUrl;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	private final JsonMapper json = JsonMapper.builder().build();

	private CatalogBenchmarkApplication(DancitySimulator simulator, String baseUrl) {
		this.simulator = simulator;
		this.baseUrl = baseUrl;
	}

	public static void main(String[] args) throws Exception {
		TestDatabase database = TestDatabase.forTests();
		DancitySimulator simulator = DancitySimulator.start(0);
		simulator.latency(DANCITY_LATENCY);
		ConfigurableApplicationContext context = SpringApplication.from(EsimStorefrontApplication::main)
			.with(BenchmarkEndpoints.class)
			.run(arguments(database, simulator))
			.getApplicationContext();
		int exitCode = 0;
		try {
			String baseUrl = "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
			new CatalogBenchmarkApplication(simulator, baseUrl).run();
		}
		catch (Exception ex) {
			ex.printStackTrace();
			exitCode = 1;
		}
		finally {
			context.close();
			simulator.close();
		}
		System.exit(exitCode);
	}

	private void run() throws Exception {
		List<String> regions = regionCodes();
		String coldRegion = regions.get(regions.size() - 1);
		String budget = "60 calls/min";
		StringBuilder report = new StringBuilder();
		report.append("\n=== Catalog benchmark: simulated Dancity answering in ")
			.append(DANCITY_LATENCY.toMillis())
			.append(" ms, catalog budget ")
			.append(budget)
			.append(" ===\n");

		int regionCallsBefore = packageCalls(coldRegion);
		int allCallsBefore = this.simulator.requestCount(CATALOG_CALLS);
		Map<Integer, Integer> statuses = burst("/api/v1/catalog/regions/" + coldRegion + "/packages", BURST);
		report.append(String.format("Cold burst: %d concurrent GET /regions/%s/packages -> statuses %s%n", BURST,
				coldRegion, statuses));
		report.append(String.format(
				"  Dancity package calls for %s: %d (all catalog calls meanwhile, background "
						+ "refresh included: %d)%n",
				coldRegion, packageCalls(coldRegion) - regionCallsBefore,
				this.simulator.requestCount(CATALOG_CALLS) - allCallsBefore));

		List<String> storefront = storefrontPaths(regions);
		int loadCallsBefore = this.simulator.requestCount(CATALOG_CALLS);
		int allBefore = this.simulator.requestCount("/");
		Wrk.Result load = Wrk.run(this.baseUrl, LOAD_SECONDS, CONNECTIONS, Wrk.roundRobin(storefront));
		report.append(String.format(
				"One-minute storefront load on a cold catalog (%d paths over %d regions): %.0f req/s, "
						+ "p99 %.1f ms, non-2xx %d%n",
				storefront.size(), regions.size(), load.requestsPerSecond(), load.p99Millis(), load.non2xx()));
		report.append(String.format("  Dancity calls during that minute: %d catalog, %d in all (budget %s)%n",
				this.simulator.requestCount(CATALOG_CALLS) - loadCallsBefore,
				this.simulator.requestCount("/") - allBefore, budget));

		String packagesUrl = this.baseUrl + "/api/v1/catalog/regions/" + coldRegion + "/packages";
		String noOpUrl = this.baseUrl + BenchmarkEndpoints.NO_OP_PATH;
		Wrk.run(noOpUrl, 5, CONNECTIONS, null);
		Wrk.run(packagesUrl, 5, CONNECTIONS, null);
		List<Wrk.Result> noOp = new ArrayList<>();
		List<Wrk.Result> packages = new ArrayList<>();
		for (int round = 0; round < 2; round++) {
			noOp.add(Wrk.run(noOpUrl, THROUGHPUT_SECONDS, CONNECTIONS, null));
			packages.add(Wrk.run(packagesUrl, THROUGHPUT_SECONDS, CONNECTIONS, null));
		}
		double noOpRate = mean(noOp, Wrk.Result::requestsPerSecond);
		double packagesRate = mean(packages, Wrk.Result::requestsPerSecond);
		report.append(String.format("Cached packages endpoint: %.0f req/s, p99 %.2f ms%n", packagesRate,
				mean(packages, Wrk.Result::p99Millis)));
		report.append(String.format("No-op endpoint (ceiling): %.0f req/s, p99 %.2f ms%n", noOpRate,
				mean(noOp, Wrk.Result::p99Millis)));
		report.append(String.format("Ratio packages / no-op: %.2f (target >= 0.80)%n", packagesRate / noOpRate));
		report.append(String.format("  (%d connections, %d s per run, two alternating runs each, mean shown)%n",
				CONNECTIONS, THROUGHPUT_SECONDS));
		System.out.println(report);
	}

	private List<String> regionCodes() throws Exception {
		HttpResponse<String> response = get("/api/v1/catalog/regions");
		if (response.statusCode() != 200) {
			throw new IllegalStateException("The region list answered " + response.statusCode());
		}
		List<String> codes = new ArrayList<>();
		for (JsonNode item : this.json.readTree(response.body()).get("items")) {
			codes.add(item.get("code").asString());
		}
		return codes;
	}

	private Map<Integer, Integer> burst(String path, int requests) throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Integer>> answers = new ArrayList<>();
		try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
			for (int i = 0; i < requests; i++) {
				answers.add(executor.submit(() -> {
					start.await();
					return get(path).statusCode();
				}));
			}
			start.countDown();
			Map<Integer, Integer> statuses = new TreeMap<>();
			for (Future<Integer> answer : answers) {
				statuses.merge(answer.get(60, TimeUnit.SECONDS), 1, Integer::sum);
			}
			return statuses;
		}
	}

	private HttpResponse<String> get(String path) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(this.baseUrl + path))
			.timeout(Duration.ofSeconds(30))
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private int packageCalls(String regionCode) {
		return this.simulator.server()
			.countRequestsMatching(getRequestedFor(urlPathEqualTo("/api/v1/esim/packages"))
				.withQueryParam("regionCode", equalTo(regionCode))
				.build())
			.getCount();
	}

	private static List<String> storefrontPaths(List<String> regions) {
		List<String> paths = new ArrayList<>(List.of("/api/v1/catalog/regions", "/api/v1/catalog/regions?type=country",
				"/api/v1/catalog/regions?type=multi-country", "/api/v1/catalog/regions?q=an",
				"/api/v1/catalog/regions?currency=USD"));
		for (String region : regions) {
			String packages = "/api/v1/catalog/regions/" + region + "/packages";
			paths.addAll(List.of(packages, packages + "?sort=data", packages + "?currency=USD"));
		}
		return paths;
	}

	private static double mean(List<Wrk.Result> results, ToDoubleFunction<Wrk.Result> metric) {
		return results.stream().mapToDouble(metric).average().orElse(Double.NaN);
	}

	private static String[] arguments(TestDatabase database, DancitySimulator simulator) {
		return new String[] { "--server.port=0", "--server.tomcat.accept-count=1000",
				"--storefront.sandbox.enabled=true", "--spring.datasource.url=" + database.url(),
				"--spring.datasource.username=" + database.username(),
				"--spring.datasource.password=" + database.password(), "--dancity.base-url=" + simulator.baseUrl(),
				"--dancity.api-key=" + DancitySimulator.API_KEY, "--storefront.customer-jwt.secret=" + randomBase64(48),
				"--storefront.encryption-key=" + randomBase64(32), "--storefront.payment.provider=sandbox",
				"--logging.level.root=WARN", "--logging.level.org.esimstore=INFO" };
	}

	private static String randomBase64(int bytes) {
		byte[] key = new byte[bytes];
		new SecureRandom().nextBytes(key);
		return Base64.getEncoder().encodeToString(key);
	}

}
