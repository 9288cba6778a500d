package org.esimstore.payment.paystack;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.esimstore.money.Money;
import org.esimstore.payment.MalformedProviderPayloadException;
import org.esimstore.payment.PaymentProperties;
import org.esimstore.payment.PaymentProviderRejectedException;
import org.esimstore.payment.PaymentProviderType;
import org.esimstore.payment.PaymentProviderUnavailableException;
import org.esimstore.payment.ProviderHttp;
import org.esimstore.payment.ProviderJson;
import org.esimstore.payment.ProviderRefund;
import org.esimstore.payment.ProviderResponse;
import org.esimstore.payment.RefundStatus;

import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/**
 * Paystack's transaction API: starts a payment, verifies it and refunds it. Calls are
 * blocking and never retried here; each failure is a
 * {@link PaymentProviderRejectedException} or a
 * {@link PaymentProviderUnavailableException}.
 */
public class PaystackClient {

	private static final Logger logger = LoggerFactory.getLogger(PaystackClient.class);

	private static final PaymentProviderType PAYSTACK = PaymentProviderType.PAYSTACK;

	private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9.=-]{1,100}");

	private final RestClient restClient;

	private final JsonMapper jsonMapper;

	private final String secretKey;

	private final @Nullable String callbackUrl;

	public PaystackClient(PaymentProperties properties, JsonMapper jsonMapper) {
		PaymentProperties.Paystack paystack = properties.paystack();
		if (paystack.secretKey() == null) {
			throw new IllegalStateException(
					"storefront.payment.paystack.secret-key (PAYSTACK_SECRET_KEY) is required for Paystack payments");
		}
		this.secretKey = paystack.secretKey();
		this.callbackUrl = paystack.callbackUrl();
		this.jsonMapper = jsonMapper;
		this.restClient = ProviderHttp.restClient(paystack.baseUrl(), this.secretKey, properties.connectTimeout(),
				properties.readTimeout());
	}

	/**
	 * Starts a payment ({@code POST /transaction/initialize}). Paystack refuses a
	 * reference it has seen before, so after an unclear outcome verify the reference
	 * instead of initializing it again.
	 * @param reference our unique reference: letters, digits, {@code -}, {@code .} and
	 * {@code =}
	 * @param amount the amount to charge, sent in minor units (kobo for NGN)
	 * @param email the customer's email address, which Paystack requires
	 * @param metadata extra values stored with the transaction, such as our order id
	 * @return where to send the customer to pay
	 */
	public PaystackCheckout initialize(String reference, Money amount, String email, Map<String, String> metadata) {
		requireReference(reference);
		if (amount.amount().signum() <= 0) {
			throw new IllegalArgumentException("Amount '" + amount + "' must be positive");
		}
		if (email.isBlank()) {
			throw new IllegalArgumentException("Paystack needs the customer's email address");
		}
		ObjectNode body = this.jsonMapper.createObjectNode();
		body.put("reference", reference);
		body.put("amount", String.valueOf(amount.minorUnits()));
		body.put("currency", amount.currency().getCurrencyCode());
		body.put("email", email);
		if (this.callbackUrl != null) {
			body.put("callback_url", this.callbackUrl);
		}
		if (!metadata.isEmpty()) {
			ObjectNode values = body.putObject("metadata");
			metadata.forEach(values::put);
		}
		String operation = "transaction initialization for reference '" + reference + "'";
		return call(operation, post("/transaction/initialize", body),
				(data) -> new PaystackCheckout(ProviderJson.requiredText(data, "authorization_url", "data"),
						ProviderJson.requiredText(data, "access_code", "data"),
						ProviderJson.requiredText(data, "reference", "data")));
	}

	/**
	 * Asks Paystack how a transaction stands ({@code GET
	 * /transaction/verify/{reference}}). An abandoned or failed payment is an answer, not
	 * an exception; a reference Paystack does not know is rejected.
	 * @param reference our reference of the transaction
	 * @return the transaction
	 */
	public PaystackTransaction verify(String reference) {
		requireReference(reference);
		String operation = "transaction verification for reference '" + reference + "'";
		return call(operation, this.restClient.get().uri("/transaction/verify/{reference}", reference),
				(data) -> PaystackTransaction.fromJson(data, "data"));
	}

	/**
	 * Returns a payment to the customer ({@code POST /refund}). Paystack has no
	 * idempotency key: a refund that was already made is rejected when nothing is left to
	 * refund.
	 * @param transaction our reference or Paystack's id of the paid transaction
	 * @param amount the amount to return, {@code null} for all of it
	 * @return the refund as Paystack recorded it
	 */
	public ProviderRefund refund(String transaction, @Nullable Money amount) {
		if (transaction.isBlank()) {
			throw new IllegalArgumentException("The transaction to refund is required");
		}
		ObjectNode body = this.jsonMapper.createObjectNode();
		body.put("transaction", transaction);
		if (amount != null) {
			body.put("amount", String.valueOf(amount.minorUnits()));
			body.put("currency", amount.currency().getCurrencyCode());
		}
		String operation = "refund of transaction '" + transaction + "'";
		ProviderRefund refund = call(operation, post("/refund", body), PaystackClient::readRefund);
		logger.info("Paystack accepted the refund of transaction '{}' as '{}', status {}", transaction,
				refund.refundId(), refund.providerStatus());
		return refund;
	}

	/**
	 * The refunds Paystack holds for a transaction ({@code GET /refund?transaction=}), to
	 * find out whether a refund whose answer was lost was made. Only refunds that name
	 * the transaction are returned, whether or not Paystack applied the filter.
	 * @param transactionId Paystack's id of the paid transaction
	 * @return the transaction's refunds, empty when it has none
	 */
	public List<ProviderRefund> refundsOf(String transactionId) {
		if (transactionId.isBlank()) {
			throw new IllegalArgumentException("The transaction whose refunds to list is required");
		}
		String operation = "refund lookup of transaction '" + transactionId + "'";
		return call(operation, this.restClient.get().uri("/refund?transaction={id}", transactionId), false, (data) -> {
			if (!data.isArray()) {
				throw new MalformedProviderPayloadException("'data' is not a list");
			}
			List<ProviderRefund> refunds = new ArrayList<>();
			for (JsonNode refund : data) {
				if (transactionId.equals(transactionOf(refund))) {
					refunds.add(readRefund(refund));
				}
			}
			return refunds;
		});
	}

	private static ProviderRefund readRefund(JsonNode data) {
		String status = ProviderJson.requiredText(data, "status", "data");
		Long amount = ProviderJson.optionalLong(data, "amount", "data");
		Money refunded = (amount != null && ProviderJson.text(data, "currency") != null)
				? ProviderJson.money(amount, ProviderJson.currency(data, "currency", "data")) : null;
		return new ProviderRefund(PAYSTACK, ProviderJson.requiredText(data, "id", "data"), refundStatus(status), status,
				refunded);
	}

	/**
	 * The transaction a refund belongs to, which Paystack sends as its id or as the
	 * transaction itself.
	 * @param refund the refund
	 * @return the transaction's id as text, {@code null} when absent
	 */
	private static @Nullable String transactionOf(JsonNode refund) {
		JsonNode transaction = refund.path("transaction");
		return transaction.isObject() ? ProviderJson.text(transaction, "id") : ProviderJson.text(refund, "transaction");
	}

	private static RefundStatus refundStatus(String status) {
		return switch (status.toLowerCase(Locale.ROOT)) {
			case "pending", "processing", "needs-attention" -> RefundStatus.PENDING;
			case "processed" -> RefundStatus.SUCCEEDED;
			case "failed" -> RefundStatus.FAILED;
			default -> RefundStatus.UNKNOWN;
		};
	}

	private RestClient.RequestHeadersSpec<?> post(String path, ObjectNode body) {
		return this.restClient.post()
			.uri(path)
			.contentType(MediaType.APPLICATION_JSON)
			.body(this.jsonMapper.writeValueAsBytes(body));
	}

	private <T> T call(String operation, RestClient.RequestHeadersSpec<?> request, Function<JsonNode, T> reader) {
		return call(operation, request, true, reader);
	}

	private <T> T call(String operation, RestClient.RequestHeadersSpec<?> request, boolean dataIsObject,
			Function<JsonNode, T> reader) {
		ProviderResponse response = ProviderHttp.exchange(PAYSTACK, operation, request);
		logger.debug("Paystack answered {} with HTTP {}", operation, response.status());
		if (response.isSuccessful()) {
			return readSuccess(operation, response, dataIsObject, reader);
		}
		if (response.isRateLimited()) {
			throw new PaymentProviderUnavailableException(PAYSTACK, operation, "Paystack is rate limiting " + operation,
					true, null);
		}
		if (response.isClientError()) {
			throw rejected(operation, response);
		}
		throw new PaymentProviderUnavailableException(PAYSTACK, operation,
				"Paystack failed " + operation + " with HTTP " + response.status(), false, null);
	}

	private <T> T readSuccess(String operation, ProviderResponse response, boolean dataIsObject,
			Function<JsonNode, T> reader) {
		JsonNode root;
		try {
			root = ProviderJson.parse(this.jsonMapper, response.body(), "Paystack answer");
		}
		catch (MalformedProviderPayloadException ex) {
			throw unreadable(operation, ex);
		}
		if (!root.path("status").asBoolean(false)) {
			throw rejected(operation, response);
		}
		JsonNode data = root.path("data");
		try {
			if (dataIsObject && !data.isObject()) {
				throw new MalformedProviderPayloadException("'data' is not an object");
			}
			return reader.apply(data);
		}
		catch (MalformedProviderPayloadException ex) {
			throw unreadable(operation, ex);
		}
	}

	private PaymentProviderUnavailableException unreadable(String operation, MalformedProviderPayloadException ex) {
		return new PaymentProviderUnavailableException(PAYSTACK, operation,
				"Paystack answered " + operation + " with an unreadable body: " + ex.getMessage(), false, ex);
	}

	private PaymentProviderRejectedException rejected(String operation, ProviderResponse response) {
		String message = null;
		String code = null;
		try {
			JsonNode error = ProviderJson.parse(this.jsonMapper, response.body(), "Paystack error");
			message = ProviderJson.text(error, "message");
			code = ProviderJson.text(error, "code");
		}
		catch (MalformedProviderPayloadException ex) {
			logger.debug("Paystack's error answer to {} is not JSON", operation);
		}
		return new PaymentProviderRejectedException(PAYSTACK, operation, response.status(),
				ProviderHttp.sanitize(code, this.secretKey), ProviderHttp.sanitize(message, this.secretKey));
	}

	private static void requireReference(String reference) {
		if (!REFERENCE.matcher(reference).matches()) {
			throw new IllegalArgumentException("Reference '" + reference
					+ "' is not a valid Paystack reference (letters, digits, '-', '.' and '=', at most 100)");
		}
	}

}
