package org.esimstore.dancity;

import static org.esimstore.dancity.SimulatorJson.object;
import static org.esimstore.dancity.SimulatorJson.timestamp;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Renders the simulated Dancity's data in Dancity's wire shapes: the success envelope,
 * the two error shapes and each endpoint's records.
 */
final class SimulatorPayloads {

	static final String INVALID_KEY = "Invalid API key or IP not allowlisted";

	static final String SERVER_ERROR = "Sorry, something went wrong. Please try again later";

	private SimulatorPayloads() {
	}

	static Map<String, @Nullable Object> success(String message, Object data) {
		return object("success", true, "message", message, "data", data);
	}

	/**
	 * The NestJS error shape.
	 * @param status the HTTP status
	 * @param message a sentence, or a list of them for validation errors
	 * @return the body
	 */
	static Map<String, @Nullable Object> nestError(int status, Object message) {
		return object("statusCode", status, "message", message, "error", reason(status));
	}

	/**
	 * The per-endpoint error shape of Dancity's own handlers.
	 * @param status the HTTP status
	 * @param message the sentence
	 * @return the body
	 */
	static Map<String, @Nullable Object> failure(int status, String message) {
		return object("success", false, "message", message, "statusCode", status);
	}

	static String reason(int status) {
		return switch (status) {
			case 400 -> "Bad Request";
			case 401 -> "Unauthorized";
			case 403 -> "Forbidden";
			case 404 -> "Not Found";
			case 409 -> "Conflict";
			case 429 -> "Too Many Requests";
			case 500 -> "Internal Server Error";
			case 502 -> "Bad Gateway";
			case 503 -> "Service Unavailable";
			case 504 -> "Gateway Timeout";
			default -> "Error";
		};
	}

	static Map<String, @Nullable Object> region(SimulatedRegion region) {
		return object("code", region.code(), "name", region.name(), "type", region.type(), "flagUrl", region.flagUrl(),
				"iso", region.iso());
	}

	static Map<String, @Nullable Object> packages(List<SimulatedPackage> packages, BigDecimal exchangeRate) {
		return object("packages", packages.stream().map((pkg) -> pkg(pkg, exchangeRate)).toList(), "exchangeRate",
				exchangeRate);
	}

	static Map<String, @Nullable Object> pkg(SimulatedPackage pkg, BigDecimal exchangeRate) {
		return object("packageCode", pkg.code(), "name", pkg.name(), "description", pkg.description(), "price",
				pkg.priceUsd(), "currency", "USD", "volume", pkg.volumeBytes(), "duration", pkg.durationDays(), "type",
				pkg.type(), "regionCode", pkg.regionCode(), "priceInNaira", pkg.priceInNaira(exchangeRate), "speed",
				pkg.speed(), "location", String.join(",", pkg.locations()), "coverage", coverage(pkg));
	}

	static Map<String, @Nullable Object> details(EsimSnapshot esim) {
		return object("iccid", esim.iccid(), "imsi", esim.imsi(), "qrCodeUrl", esim.qrCodeUrl(), "activationCode",
				esim.activationCode(), "status", esim.status(), "totalVolume", esim.totalVolume(), "totalDuration",
				esim.totalDuration(), "validityRemaining", esim.validityRemaining(), "dataUsageRemaining",
				esim.dataRemaining(), "packageDetails", packageDetails(esim.pkg()), "createdAt",
				timestamp(esim.createdAt()), "expiredAt", timestamp(esim.expiredAt()));
	}

	static Map<String, @Nullable Object> esimRow(EsimSnapshot esim) {
		SimulatedPackage pkg = esim.pkg();
		return object("transactionId", esim.transactionId(), "tranxId", esim.tranxId(), "packageCode", pkg.code(),
				"packageName", pkg.name(), "packageVolume", pkg.volumeBytes(), "packageDuration", pkg.durationDays(),
				"regionCode", pkg.regionCode(), "amount", esim.amount(), "currency", "NGN", "iccid", esim.iccid(),
				"qrCodeUrl", esim.qrCodeUrl(), "activationCode", esim.activationCode(), "imsi", esim.imsi(),
				"smdpAddress", null, "status", esim.status(), "dataUsageRemaining", esim.dataRemaining(), "purchasedAt",
				timestamp(esim.purchasedAt()));
	}

	static Map<String, @Nullable Object> transaction(SimulatedTransaction transaction) {
		SimulatedPackage pkg = transaction.pkg();
		String remarks = (pkg.topUp() ? "eSIM top-up " : "eSIM ") + pkg.name();
		return object("_id", transaction.id(), "tranxId", transaction.tranxId(), "service", "ESIM", "product",
				pkg.name(), "tranxType", "DEBIT", "status", transaction.status(), "currency", "NGN", "remarks", remarks,
				"amount", transaction.amount(), "fee", 0, "amountPaid", transaction.amount(), "balanceBefore",
				transaction.balanceBefore(), "balanceAfter", transaction.balanceAfter(), "number", transaction.iccid(),
				"customerRef", transaction.customerRef(), "channel", "API", "paymentMedium", "MAIN WALLET", "tranxDate",
				timestamp(transaction.createdAt()), "apiResponse", transaction.apiResponse(), "isReversal", false,
				"quantity", 1, "packageCode", pkg.code(), "createdAt", timestamp(transaction.createdAt()));
	}

	/**
	 * The purchase answer: the transaction record, also under {@code transactionId}.
	 * @param transaction the recorded purchase
	 * @return the data object
	 */
	static Map<String, @Nullable Object> purchase(SimulatedTransaction transaction) {
		Map<String, @Nullable Object> data = object("_id", transaction.id(), "transactionId", transaction.id());
		data.putAll(transaction(transaction));
		return data;
	}

	static Map<String, @Nullable Object> wallet(SimulatedAccount.WalletSnapshot wallet) {
		return object("_id", wallet.id(), "user", wallet.userId(), "name", "Main Wallet", "balance", wallet.balance(),
				"bonus", 0, "currency", "NGN", "createdAt", timestamp(wallet.createdAt()), "updatedAt",
				timestamp(wallet.updatedAt()), "version", wallet.version());
	}

	static Map<String, @Nullable Object> pagination(int page, int limit, int total) {
		int totalPages = (total + limit - 1) / limit;
		return object("page", page, "limit", limit, "total", total, "totalPages", totalPages, "hasPrevious", page > 1,
				"hasNext", page < totalPages);
	}

	private static Map<String, @Nullable Object> packageDetails(SimulatedPackage pkg) {
		String logo = (pkg.locations().size() == 1) ? SimulatorCatalog.flagUrl(pkg.locations().get(0)) : null;
		return object("name", pkg.name(), "code", pkg.code(), "volume", pkg.volumeBytes(), "duration",
				pkg.durationDays(), "location", String.join(",", pkg.locations()), "price", pkg.upstreamPriceUsd(),
				"currency", "USD", "locationLogo", logo, "description", pkg.description(), "speed", pkg.speed(),
				"coverage", coverage(pkg));
	}

	private static List<Map<String, @Nullable Object>> coverage(SimulatedPackage pkg) {
		return pkg.locations()
			.stream()
			.map((code) -> object("locationName", SimulatorCatalog.locationName(code), "locationLogo",
					SimulatorCatalog.flagUrl(code), "locationCode", code, "operatorList",
					SimulatorCatalog.operator(code)
						.map((operator) -> List
							.of(object("operatorName", operator.name(), "networkType", operator.networkType())))
						.orElse(List.of())))
			.toList();
	}

}
