package org.esimstore.dancity;

import static org.esimstore.dancity.SimulatorPayloads.failure;
import static org.esimstore.dancity.SimulatorPayloads.nestError;
import static org.esimstore.dancity.SimulatorPayloads.success;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Answers every request the simulated Dancity's catch-all stub receives: authentication,
 * rate limiting, injected outages, then the endpoint itself.
 */
final class SimulatorRoutes implements ResponseDefinitionTransformerV2 {

	static final String NAME = "dancity-simulator";

	private static final String PREFIX = "/api/v1";

	private static final Set<String> REGION_TYPES = Set.of("country", "multi-country", "global");

	private final SimulatedAccount account;

	private final SimulatorBehaviour behaviour;

	private final SimulatorCatalog catalog;

	private final Clock clock;

	SimulatorRoutes(SimulatedAccount account, SimulatorBehaviour behaviour, SimulatorCatalog catalog, Clock clock) {
		this.account = account;
		this.behaviour = behaviour;
		this.catalog = catalog;
		this.clock = clock;
	}

	@Override
	public String getName() {
		return NAME;
	}

	@Override
	public boolean applyGlobally() {
		return false;
	}

	@Override
	public ResponseDefinition transform(ServeEvent serveEvent) {
		Request request = serveEvent.getRequest();
		Instant now = this.clock.instant();
		if (!authorized(request)) {
			return render(Reply.of(401, failure(401, SimulatorPayloads.INVALID_KEY)), this.behaviour.peek(now));
		}
		SimulatorBehaviour.RateWindow window = this.behaviour.count(now);
		if (window.exceeded()) {
			return render(Reply.of(429, nestError(429, "Too Many Requests")), window);
		}
		String path = SimulatorJson.path(request.getUrl());
		Integer down = this.behaviour.downStatus(path);
		if (down != null) {
			return render(outage(down), window);
		}
		return render(route(request, path, now), window);
	}

	private Reply route(Request request, String path, Instant now) {
		String method = request.getMethod().getName();
		String route = path.startsWith(PREFIX + "/") ? path.substring(PREFIX.length()) : "";
		if (method.equals("GET")) {
			Reply listing = switch (route) {
				case "/esim/regions" -> regions(request);
				case "/esim/packages" -> packages(request);
				case "/esim/topup-packages" -> topUpPackages(request, now);
				case "/esim/my-esims" -> myEsims(request, now);
				case "/transactions" -> transactions(request);
				case "/wallet" -> Reply.ok(success("Wallets retrieved successfully", List.of(wallet())));
				default -> null;
			};
			if (listing != null) {
				return listing;
			}
			String reference = lastSegment(route, "/esim/details/");
			if (reference != null) {
				return details(reference, now);
			}
			reference = lastSegment(route, "/transactions/");
			if (reference != null) {
				return transaction(reference);
			}
			reference = lastSegment(route, "/wallet/");
			if (reference != null) {
				return reference.equals(this.account.wallet().id())
						? Reply.ok(success("Wallet retrieved successfully", wallet()))
						: Reply.of(404, failure(404, "Wallet not found"));
			}
		}
		if (method.equals("POST") && route.equals("/esim/purchase")) {
			return purchase(request, now);
		}
		return Reply.of(404, nestError(404, "Cannot " + method + " " + path));
	}

	private Reply regions(Request request) {
		String type = query(request, "type");
		if (type != null && !type.equals("1") && !type.equals("2")) {
			return invalid("type must be one of the following values: 1, 2");
		}
		List<Object> regions = this.catalog.regions()
			.stream()
			.filter((region) -> type == null || region.multiCountry() == type.equals("2"))
			.map(SimulatorPayloads::region)
			.map(Object.class::cast)
			.toList();
		return Reply.ok(success("eSIM regions fetched successfully", SimulatorJson.object("regions", regions)));
	}

	private Reply packages(Request request) {
		String regionCode = query(request, "regionCode");
		String regionType = query(request, "regionType");
		String type = query(request, "type");
		if (regionCode == null || regionCode.isBlank()) {
			return invalid("regionCode should not be empty", "regionCode must be a string");
		}
		if (regionType != null && !REGION_TYPES.contains(regionType)) {
			return invalid("regionType must be one of the following values: country, multi-country, global");
		}
		if (type != null && !type.equals("BASE") && !type.equals("TOPUP")) {
			return invalid("type must be one of the following values: BASE, TOPUP");
		}
		String code = regionCode.strip().toUpperCase(Locale.ROOT);
		boolean multiCountry = regionType != null && !regionType.equals("country");
		// Dancity asks its supplier for the region under the type given, so a mismatch
		// finds nothing.
		boolean sold = this.catalog.region(code).filter((region) -> region.multiCountry() == multiCountry).isPresent();
		List<SimulatedPackage> packages = sold ? this.account.packages(code, "TOPUP".equals(type)) : List.of();
		return Reply.ok(success("eSIM packages fetched successfully",
				SimulatorPayloads.packages(packages, this.account.exchangeRate())));
	}

	private Reply topUpPackages(Request request, Instant now) {
		String iccid = query(request, "iccid");
		if (iccid == null || iccid.isBlank()) {
			return invalid("iccid should not be empty", "iccid must be a string");
		}
		return this.account.topUpPackages(iccid.strip(), now)
			.map((packages) -> Reply.ok(success("eSIM topup packages fetched successfully",
					SimulatorPayloads.packages(packages, this.account.exchangeRate()))))
			.orElseGet(() -> Reply.of(404, failure(404, "eSIM not found")));
	}

	private Reply purchase(Request request, Instant now) {
		JsonNode body = SimulatorJson.read(request.getBodyAsString());
		if (body == null || !(body.isObject() || body.isMissingNode())) {
			return Reply.of(400, nestError(400, "Unexpected token in JSON body"));
		}
		String packageCode = SimulatorJson.text(body, "packageCode");
		if (packageCode == null || packageCode.isBlank()) {
			return invalid("packageCode should not be empty", "packageCode must be a string");
		}
		for (String optional : List.of("customerRef", "iccid")) {
			if (!body.path(optional).isMissingNode() && !body.path(optional).isNull()
					&& !body.path(optional).isString()) {
				return invalid(optional + " must be a string");
			}
		}
		PurchaseOutcome outcome = this.account.purchase(packageCode, SimulatorJson.text(body, "customerRef"),
				SimulatorJson.text(body, "iccid"), this.behaviour::takePurchaseFailure, now);
		return switch (outcome) {
			case PurchaseOutcome.Rejected rejected -> Reply.of(400, nestError(400, rejected.message()));
			case PurchaseOutcome.InsufficientBalance insufficient ->
				Reply.of(400, failure(400, "Insufficient wallet balance"));
			case PurchaseOutcome.NotRecorded notRecorded -> Reply.of(500, failure(500, SimulatorPayloads.SERVER_ERROR));
			case PurchaseOutcome.Recorded recorded -> recordedPurchase(recorded);
		};
	}

	private Reply recordedPurchase(PurchaseOutcome.Recorded recorded) {
		Object data = SimulatorPayloads.purchase(recorded.transaction());
		Reply purchased = Reply.ok(success("eSIM purchased successfully", data));
		return switch (recorded.failure()) {
			case null -> purchased;
			case PurchaseFailure.FailsInside200 failed -> Reply.ok(success("eSIM purchase processed", data));
			case PurchaseFailure.RecordedThenDelayed delayed -> purchased.delayedBy(delayed.delay());
			case PurchaseFailure.RecordedThenConnectionReset reset ->
				new Reply(200, null, Duration.ZERO, Fault.CONNECTION_RESET_BY_PEER);
			case PurchaseFailure.Answers5xx answers -> Reply.of(500, failure(500, SimulatorPayloads.SERVER_ERROR));
		};
	}

	private Reply details(String reference, Instant now) {
		return this.account.esim(reference, now)
			.map((esim) -> Reply.ok(success("eSIM details fetched successfully", SimulatorPayloads.details(esim))))
			.orElseGet(() -> Reply.of(404, failure(404, "eSIM not found")));
	}

	private Reply myEsims(Request request, Instant now) {
		Paging paging = Paging.of(request, 20);
		if (paging.problem() != null) {
			return invalid(paging.problem());
		}
		List<EsimSnapshot> esims = this.account.esims(now);
		List<Object> rows = paging.slice(esims)
			.stream()
			.map(SimulatorPayloads::esimRow)
			.map(Object.class::cast)
			.toList();
		return Reply.ok(success("User eSIMs fetched successfully", SimulatorJson.object("esims", rows, "pagination",
				SimulatorPayloads.pagination(paging.page(), paging.limit(), esims.size()))));
	}

	private Reply transactions(Request request) {
		Paging paging = Paging.of(request, 10);
		if (paging.problem() != null) {
			return invalid(paging.problem());
		}
		List<SimulatedTransaction> transactions = this.account.transactions();
		List<Object> rows = paging.slice(transactions)
			.stream()
			.map(SimulatorPayloads::transaction)
			.map(Object.class::cast)
			.toList();
		return Reply.ok(success("Transactions retrieved successfully", SimulatorJson.object("transactions", rows,
				"pagination", SimulatorPayloads.pagination(paging.page(), paging.limit(), transactions.size()))));
	}

	private Reply transaction(String reference) {
		return this.account.transaction(reference)
			.map((transaction) -> Reply
				.ok(success("Transaction retrieved successfully", SimulatorPayloads.transaction(transaction))))
			.orElseGet(() -> Reply.of(404, failure(404, "Transaction not found")));
	}

	private Object wallet() {
		return SimulatorPayloads.wallet(this.account.wallet());
	}

	private ResponseDefinition render(Reply reply, SimulatorBehaviour.RateWindow window) {
		ResponseDefinitionBuilder response = ResponseDefinitionBuilder.responseDefinition()
			.withStatus(reply.status())
			.withHeader("X-RateLimit-Limit", String.valueOf(window.limit()))
			.withHeader("X-RateLimit-Remaining", String.valueOf(window.remaining()))
			.withHeader("X-RateLimit-Reset", String.valueOf(window.resetEpochSecond()));
		if (reply.body() instanceof String html) {
			response.withHeader("Content-Type", "text/html").withBody(html);
		}
		else if (reply.body() != null) {
			response.withHeader("Content-Type", "application/json; charset=utf-8")
				.withBody(SimulatorJson.write(reply.body()));
		}
		long delay = this.behaviour.latency().plus(reply.delay()).toMillis();
		if (delay > 0) {
			response.withFixedDelay((int) Math.min(delay, Integer.MAX_VALUE));
		}
		if (reply.fault() != null) {
			response.withFault(reply.fault());
		}
		return response.build();
	}

	private static Reply outage(int status) {
		return switch (status) {
			case 401 -> Reply.of(status, failure(status, SimulatorPayloads.INVALID_KEY));
			case 429 -> Reply.of(status, nestError(status, "Too Many Requests"));
			case 500 -> Reply.of(status, failure(status, SimulatorPayloads.SERVER_ERROR));
			// Gateway failures come from the proxy in front of Dancity, which answers in
			// HTML.
			case 502, 503, 504 ->
				Reply.of(status, "<html>\r\n<head><title>" + status + " " + SimulatorPayloads.reason(status)
						+ "</title></head>\r\n<body>\r\n<center><h1>" + status + " " + SimulatorPayloads.reason(status)
						+ "</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n");
			default -> Reply.of(status, failure(status, SimulatorPayloads.reason(status)));
		};
	}

	private static boolean authorized(Request request) {
		String header = request.getHeader("Authorization");
		return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
				&& header.substring(7).strip().equals(DancitySimulator.API_KEY);
	}

	private static Reply invalid(String... messages) {
		return Reply.of(400, nestError(400, List.of(messages)));
	}

	private static @Nullable String query(Request request, String name) {
		QueryParameter parameter = request.queryParameter(name);
		return (parameter != null && parameter.isPresent()) ? parameter.firstValue() : null;
	}

	private static @Nullable String lastSegment(String route, String prefix) {
		if (!route.startsWith(prefix)) {
			return null;
		}
		String segment = route.substring(prefix.length());
		return (segment.isEmpty() || segment.contains("/")) ? null : segment;
	}

	/**
	 * An answer before the common headers are added.
	 *
	 * @param status the HTTP status
	 * @param body a JSON-able object, an HTML string, or {@code null} for none
	 * @param delay extra delay before answering, on top of the configured latency
	 * @param fault a network fault to answer with instead
	 */
	record Reply(int status, @Nullable Object body, Duration delay, @Nullable Fault fault) {

		static Reply ok(Object body) {
			return of(200, body);
		}

		static Reply of(int status, Object body) {
			return new Reply(status, body, Duration.ZERO, null);
		}

		Reply delayedBy(Duration extra) {
			return new Reply(this.status, this.body, this.delay.plus(extra), this.fault);
		}

	}

	/**
	 * The {@code page} and {@code limit} query parameters, validated.
	 *
	 * @param page the page, from 1
	 * @param limit the page size
	 * @param problem why they are invalid, or {@code null}
	 */
	private record Paging(int page, int limit, @Nullable String problem) {

		static Paging of(Request request, int defaultLimit) {
			String page = query(request, "page");
			String limit = query(request, "limit");
			Integer pageNumber = parse(page, 1);
			Integer pageSize = parse(limit, defaultLimit);
			if (pageNumber == null) {
				return new Paging(1, defaultLimit, "page must be an integer number");
			}
			if (pageSize == null) {
				return new Paging(1, defaultLimit, "limit must be an integer number");
			}
			if (pageNumber < 1) {
				return new Paging(1, defaultLimit, "page must not be less than 1");
			}
			if (pageSize < 1 || pageSize > 100) {
				return new Paging(1, defaultLimit,
						(pageSize < 1) ? "limit must not be less than 1" : "limit must not be greater than 100");
			}
			return new Paging(pageNumber, pageSize, null);
		}

		<T> List<T> slice(List<T> all) {
			long from = (long) (this.page - 1) * this.limit;
			if (from >= all.size()) {
				return List.of();
			}
			return all.subList((int) from, (int) Math.min(all.size(), from + this.limit));
		}

		private static @Nullable Integer parse(@Nullable String value, int fallback) {
			if (value == null) {
				return fallback;
			}
			try {
				return Integer.parseInt(value.strip());
			}
			catch (NumberFormatException ex) {
				return null;
			}
		}

	}

}
