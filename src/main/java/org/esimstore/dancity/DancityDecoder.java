package org.esimstore.dancity;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns Dancity's answers into our records and its two error shapes into typed
 * exceptions.
 */
class DancityDecoder {

	private static final Pattern VOLUME = Pattern.compile("(?i)\\s*([0-9]+(?:\\.[0-9]+)?)\\s*(KB|MB|GB|TB)\\s*");

	private static final Pattern DAYS = Pattern.compile("\\s*([0-9]+)");

	private final JsonMapper jsonMapper;

	private final Secrets secrets;

	DancityDecoder(JsonMapper jsonMapper, Secrets secrets) {
		this.jsonMapper = jsonMapper;
		this.secrets = secrets;
	}

	/**
	 * The {@code data} node of a successful answer.
	 * @param response the answer
	 * @param resource what was asked for, for messages
	 * @return the data node, a missing node when the envelope has none
	 * @throws DancityException for any error answer, including {@code success: false}
	 * inside a 2xx
	 */
	JsonNode data(DancityResponse response, String resource) {
		JsonNode root = parse(response);
		if (!response.isSuccessful()) {
			throw error(response.status(), root, resource, response);
		}
		if (root.path("success").isBoolean() && !root.path("success").asBoolean()) {
			Integer status = Json.integer(root, "statusCode");
			throw error((status != null && status >= 400) ? status : 400, root, resource, response);
		}
		return root.path("data");
	}

	private JsonNode parse(DancityResponse response) {
		if (response.body().isBlank()) {
			if (response.isSuccessful()) {
				throw new DancityUpstreamException("Dancity answered HTTP " + response.status() + " with no body");
			}
			return this.jsonMapper.createObjectNode();
		}
		try {
			JsonNode root = this.jsonMapper.readTree(response.body());
			if (root == null || !root.isObject()) {
				throw new DancityUpstreamException(
						"Dancity answered HTTP " + response.status() + " with a body that is not a JSON object");
			}
			return root;
		}
		catch (JacksonException ex) {
			if (!response.isSuccessful()) {
				return this.jsonMapper.createObjectNode();
			}
			throw new DancityUpstreamException(
					"Dancity answered HTTP " + response.status() + " with a body that is not valid JSON");
		}
	}

	private DancityException error(int status, JsonNode body, String resource, DancityResponse response) {
		List<String> messages = messages(body, status);
		String message = String.join("; ", messages);
		if (status == 401 || status == 403) {
			return new DancityAuthenticationException(status, message);
		}
		if (status == 404) {
			return new DancityNotFoundException(resource, message);
		}
		if (status == 429) {
			return new DancityRateLimitedException(RateLimitGate.retryAfter(response.headers(), Instant.now()));
		}
		if (status >= 400 && status < 500) {
			boolean balance = messages.stream()
				.map((text) -> text.toLowerCase(Locale.ROOT))
				.anyMatch((text) -> text.contains("insufficient") || text.contains("low balance"));
			return balance ? new DancityInsufficientBalanceException(messages) : new DancityRejectedException(messages);
		}
		return new DancityUpstreamException("Dancity failed with HTTP " + status + ": " + message);
	}

	private List<String> messages(JsonNode body, int status) {
		List<String> messages = new ArrayList<>();
		JsonNode message = body.path("message");
		if (message.isArray()) {
			message.values().forEach((item) -> messages.add(this.secrets.redact(item.asString())));
		}
		else if (message.isString() && !message.stringValue().isBlank()) {
			messages.add(this.secrets.redact(message.stringValue()));
		}
		if (messages.isEmpty()) {
			String error = Json.text(body, "error");
			messages.add((error != null) ? this.secrets.redact(error) : "HTTP " + status);
		}
		return messages;
	}

	List<DancityRegion> regions(JsonNode data) {
		List<DancityRegion> regions = new ArrayList<>();
		for (JsonNode item : Json.items(data, "regions", "items")) {
			String code = Json.text(item, "code", "regionCode");
			if (code != null) {
				String name = Json.text(item, "name", "regionName");
				regions.add(new DancityRegion(code, (name != null) ? name : code,
						RegionType.fromWire(Json.text(item, "type", "regionType")),
						Json.text(item, "flagUrl", "flag", "locationLogo")));
			}
		}
		return regions;
	}

	DancityPackages packages(JsonNode data, boolean topUp) {
		List<DancityPackage> packages = new ArrayList<>();
		for (JsonNode item : Json.items(data, "packages", "items")) {
			DancityPackage decoded = decodePackage(item, topUp);
			if (decoded != null) {
				packages.add(decoded);
			}
		}
		BigDecimal exchangeRate = data.isObject() ? Json.decimal(data, "exchangeRate") : null;
		return new DancityPackages(packages, exchangeRate);
	}

	private @Nullable DancityPackage decodePackage(JsonNode item, boolean topUp) {
		String code = Json.text(item, "packageCode", "code");
		if (code == null) {
			return null;
		}
		String currency = Json.text(item, "currency");
		BigDecimal price = Json.decimal(item, "price");
		boolean pricedInNaira = currency != null && currency.equalsIgnoreCase("NGN");
		BigDecimal priceUsd = pricedInNaira ? null : price;
		BigDecimal priceNaira = Json.decimal(item, "priceInNaira");
		if (priceNaira == null && pricedInNaira) {
			priceNaira = price;
		}
		String type = Json.text(item, "type");
		String name = Json.text(item, "name");
		return new DancityPackage(code, (name != null) ? name : code, Json.text(item, "description"), priceUsd,
				priceNaira, volume(item), days(item), Json.text(item, "regionCode", "location"),
				Json.text(item, "speed"), coverage(item), topUp || (type != null && type.equalsIgnoreCase("TOPUP")));
	}

	private static long volume(JsonNode item) {
		JsonNode volume = item.path("volume");
		if (volume.isNumber()) {
			return volume.longValue();
		}
		String text = Json.text(item, "volume", "dataAmount", "data");
		if (text == null) {
			return -1;
		}
		Matcher matcher = VOLUME.matcher(text);
		if (!matcher.matches()) {
			return -1;
		}
		int power = switch (matcher.group(2).toUpperCase(Locale.ROOT)) {
			case "KB" -> 1;
			case "MB" -> 2;
			case "GB" -> 3;
			default -> 4;
		};
		return new BigDecimal(matcher.group(1)).multiply(BigDecimal.valueOf(1024).pow(power)).longValue();
	}

	private static int days(JsonNode item) {
		Integer duration = Json.integer(item, "duration", "packageDuration");
		if (duration != null) {
			return duration;
		}
		String validity = Json.text(item, "validity");
		if (validity != null) {
			Matcher matcher = DAYS.matcher(validity);
			if (matcher.lookingAt()) {
				return Integer.parseInt(matcher.group(1));
			}
		}
		return 0;
	}

	private static List<String> coverage(JsonNode item) {
		List<String> names = new ArrayList<>();
		item.path("coverage").values().forEach((country) -> {
			String name = country.isString() ? country.stringValue() : Json.text(country, "locationName", "name");
			if (name != null) {
				names.add(name);
			}
		});
		return names;
	}

	DancityPurchase purchase(JsonNode data, DancityPurchaseRequest request) {
		JsonNode transaction = data.path("transaction").isObject() ? data.path("transaction") : data;
		String transactionId = Json.text(transaction, "transactionId", "_id", "id");
		TransactionStatus status = TransactionStatus.fromDancity(Json.text(transaction, "status"));
		if (status == TransactionStatus.FAILED) {
			String reason = Json.text(transaction, "apiResponse", "remarks", "message");
			throw new DancityPurchaseFailedException(request.customerRef(), transactionId,
					(reason != null) ? this.secrets.redact(reason) : "no reason given");
		}
		return new DancityPurchase(transactionId, Json.text(transaction, "tranxId"),
				Json.text(transaction, "customerRef"), status, Json.text(transaction, "iccid"),
				Json.text(transaction, "activationCode"), Json.text(transaction, "qrCodeUrl"));
	}

	DancityEsimDetails details(JsonNode data) {
		JsonNode esim = data.path("esim").isObject() ? data.path("esim") : data;
		JsonNode packageDetails = esim.path("packageDetails");
		String rawStatus = Json.text(esim, "status", "esimStatus");
		return new DancityEsimDetails(Json.text(esim, "iccid"), Json.text(esim, "activationCode", "ac"),
				Json.text(esim, "qrCodeUrl"), EsimStatus.fromDancity(rawStatus), rawStatus,
				Json.whole(esim, "totalVolume"), Json.whole(esim, "dataUsageRemaining", "remainingVolume"),
				Json.integer(esim, "totalDuration"), Json.integer(esim, "validityRemaining"),
				Json.text(packageDetails, "code", "packageCode"), Json.text(packageDetails, "name"),
				Json.text(esim, "smdpAddress"), Json.instant(esim, "createdAt"), Json.instant(esim, "expiredAt"));
	}

	DancityEsimPage esims(JsonNode data, int page, int limit) {
		List<DancityEsim> esims = new ArrayList<>();
		for (JsonNode item : Json.items(data, "esims", "items")) {
			esims.add(new DancityEsim(Json.text(item, "transactionId", "_id"), Json.text(item, "tranxId"),
					Json.text(item, "packageCode"), Json.text(item, "packageName"),
					Json.whole(item, "packageVolume", "volume"), Json.integer(item, "packageDuration", "duration"),
					Json.text(item, "regionCode"), Json.decimal(item, "amount"), Json.text(item, "currency"),
					Json.text(item, "iccid"), Json.text(item, "activationCode"), Json.text(item, "qrCodeUrl"),
					EsimStatus.fromDancity(Json.text(item, "status")), Json.whole(item, "dataUsageRemaining"),
					Json.instant(item, "purchasedAt", "createdAt")));
		}
		JsonNode paging = data.path("pagination");
		Integer currentPage = Json.integer(paging, "page");
		Integer pageSize = Json.integer(paging, "limit");
		Long total = Json.whole(paging, "total");
		Integer totalPages = Json.integer(paging, "totalPages");
		boolean hasNext = Json.flag(paging, "hasNext",
				totalPages != null && currentPage != null && currentPage < totalPages);
		return new DancityEsimPage(esims, (currentPage != null) ? currentPage : page,
				(pageSize != null) ? pageSize : limit, (total != null) ? total : esims.size(),
				(totalPages != null) ? totalPages : 1, hasNext);
	}

	DancityTransaction transaction(JsonNode data) {
		JsonNode transaction = data.path("transaction").isObject() ? data.path("transaction") : data;
		String vendorResponse = Json.text(transaction, "apiResponse");
		return new DancityTransaction(Json.text(transaction, "_id", "transactionId", "id"),
				Json.text(transaction, "tranxId"), Json.text(transaction, "customerRef"),
				Json.text(transaction, "service"), TransactionStatus.fromDancity(Json.text(transaction, "status")),
				Json.decimal(transaction, "amount"), Json.text(transaction, "currency"),
				(vendorResponse != null) ? this.secrets.redact(vendorResponse) : null,
				Json.instant(transaction, "createdAt", "tranxDate"));
	}

	List<DancityWallet> wallets(JsonNode data) {
		List<JsonNode> items = data.isObject() && !data.has("wallets") && data.has("balance") ? List.of(data)
				: Json.items(data, "wallets", "items");
		List<DancityWallet> wallets = new ArrayList<>();
		for (JsonNode item : items) {
			BigDecimal balance = Json.decimal(item, "balance");
			if (balance != null) {
				String name = Json.text(item, "wallettype", "name", "walletType");
				String currency = Json.text(item, "currency");
				wallets.add(new DancityWallet((name != null) ? name : "main", balance,
						(currency != null) ? currency : "NGN"));
			}
		}
		return wallets;
	}

}
