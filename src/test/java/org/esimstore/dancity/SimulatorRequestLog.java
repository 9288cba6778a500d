package org.esimstore.dancity;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.LongAdder;

import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import tools.jackson.databind.JsonNode;

/**
 * Counts every request the simulated Dancity receives and keeps every purchase request,
 * including those answered by a test's own stubs.
 */
final class SimulatorRequestLog implements ServeEventListener {

	static final String PURCHASE_PATH = "/api/v1/esim/purchase";

	private final Map<String, LongAdder> countsByPath = new ConcurrentHashMap<>();

	private final List<PurchaseAttempt> purchases = new CopyOnWriteArrayList<>();

	private final Clock clock;

	SimulatorRequestLog(Clock clock) {
		this.clock = clock;
	}

	@Override
	public String getName() {
		return "dancity-simulator-request-log";
	}

	@Override
	public void beforeMatch(ServeEvent serveEvent, Parameters parameters) {
		Request request = serveEvent.getRequest();
		String path = SimulatorJson.path(request.getUrl());
		this.countsByPath.computeIfAbsent(path, (key) -> new LongAdder()).increment();
		if (request.getMethod().getName().equals("POST") && PURCHASE_PATH.equals(path)) {
			JsonNode body = SimulatorJson.readOrMissing(request.getBodyAsString());
			this.purchases.add(new PurchaseAttempt(SimulatorJson.text(body, "packageCode"),
					SimulatorJson.text(body, "customerRef"), SimulatorJson.text(body, "iccid"), this.clock.instant()));
		}
	}

	void reset() {
		this.countsByPath.clear();
		this.purchases.clear();
	}

	List<PurchaseAttempt> purchases() {
		return List.copyOf(this.purchases);
	}

	int count(String pathPrefix) {
		return this.countsByPath.entrySet()
			.stream()
			.filter((entry) -> entry.getKey().startsWith(pathPrefix))
			.mapToInt((entry) -> entry.getValue().intValue())
			.sum();
	}

}
