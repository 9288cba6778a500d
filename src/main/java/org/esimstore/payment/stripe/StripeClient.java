package org.esimstore.payment.stripe;

import java.util.Locale;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

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
 * Stripe's Checkout and refund API. Every call that creates something carries an
 * {@code Idempotency-Key} derived from our order, so repeating it after an unclear
 * outcome is safe. Calls are blocking and never retried here; each failure is a
 * {@link PaymentProviderRejectedException} or a
 * {@link PaymentProviderUnavailableException}.
 */
public class StripeClient {

	private static final Logger logger = LoggerFactory.getLogger(StripeClient.class);

	private static final PaymentProviderType STRIPE = PaymentProviderType.STRIPE;

	private static final String IDEMPOTENCY_KEY = "Idempotency-Key";

	private final RestClient restClient;

	private final JsonMapper jsonMapper;

	private final String secretKey;

	private final String successUrl;

	private final @Nullable String cancelUrl;

	public StripeClient(PaymentProperties properties, JsonMapper jsonMapper) {
		PaymentProperties.Stripe stripe = properties.stripe();
		if (stripe.secretKey() == null) {
			throw new IllegalStateException(
					"storefront.payment.stripe.secret-key (STRIPE_SECRET_KEY) is required for Stripe payments");
		}
		if (stripe.successUrl() == null) {
			throw new IllegalStateException(
					"storefront.payment.stripe.success-url (STRIPE_SUCCESS_URL) is required for Stripe payments");
		}
		this.secretKey = stripe.secretKey();
		this.successUrl = stripe.successUrl();
		this.cancelUrl = stripe.cancelUrl();
		this.jsonMapper = jsonMapper;
		RestClient client = ProviderHttp.restClient(stripe.baseUrl(), this.secretKey, properties.connectTimeout(),
				properties.readTimeout());
		this.restClient = (stripe.apiVersion() != null)
				? client.mutate().defaultHeader("Stripe-Version", stripe.apiVersion()).build() : client;
	}

	/**
	 * Creates a hosted payment page for one order ({@code POST /v1/checkout/sessions}):
	 * one line item of the order's price, our order id in the session's and the payment
	 * intent's metadata.
	 * @param request what to charge for
	 * @return the session, whose {@code url} the customer is sent to
	 */
	public StripeCheckoutSession createCheckoutSession(StripeCheckoutRequest request) {
		Money amount = request.amount();
		StripeForm form = new StripeForm().add("mode", "payment")
			.add("line_items[0][quantity]", "1")
			.add("line_items[0][price_data][currency]", amount.currency().getCurrencyCode().toLowerCase(Locale.ROOT))
			.add("line_items[0][price_data][unit_amount]", String.valueOf(amount.minorUnits()))
			.add("line_items[0][price_data][product_data][name]", request.productName())
			.add("client_reference_id", request.reference())
			.add("metadata[" + StripeJson.ORDER_ID + "]", request.orderId())
			.add("payment_intent_data[metadata][" + StripeJson.ORDER_ID + "]", request.orderId())
			.add("success_url", this.successUrl)
			.addIfPresent("cancel_url", this.cancelUrl)
			.addIfPresent("customer_email", request.customerEmail())
			.addIfPresent("expires_at",
					(request.expiresAt() != null) ? String.valueOf(request.expiresAt().getEpochSecond()) : null);
		String operation = "Checkout Session creation for order '" + request.orderId() + "'";
		StripeCheckoutSession session = call(operation,
				post("/v1/checkout/sessions", form, StripeIdempotencyKeys.checkoutSession(request.orderId(),
						request.reference(), request.expiresAt())),
				(body) -> StripeCheckoutSession.fromJson(body, "session"));
		logger.debug("Stripe Checkout Session '{}' opened for order '{}'", session.sessionId(), request.orderId());
		return session;
	}

	/**
	 * Reads a Checkout Session as Stripe holds it now ({@code GET
	 * /v1/checkout/sessions/{id}}), to confirm a webhook or settle an unclear outcome.
	 * @param sessionId the session's id, {@code cs_...}
	 * @return the session
	 */
	public StripeCheckoutSession retrieveCheckoutSession(String sessionId) {
		if (sessionId.isBlank()) {
			throw new IllegalArgumentException("The Checkout Session id is required");
		}
		String operation = "Checkout Session retrieval of '" + sessionId + "'";
		return call(operation, this.restClient.get().uri("/v1/checkout/sessions/{id}", sessionId),
				(body) -> StripeCheckoutSession.fromJson(body, "session"));
	}

	/**
	 * Returns a payment to the customer ({@code POST /v1/refunds}). The idempotency key
	 * is derived from the order, the payment intent and the amount, so asking twice
	 * refunds once.
	 * @param orderId our order's id, also stored as {@code metadata[order_id]}
	 * @param paymentIntentId the paid payment intent, {@code pi_...}
	 * @param amount the amount to return, {@code null} for all of it
	 * @return the refund as Stripe recorded it
	 */
	public ProviderRefund refund(String orderId, String paymentIntentId, @Nullable Money amount) {
		if (orderId.isBlank() || paymentIntentId.isBlank()) {
			throw new IllegalArgumentException("A refund needs the order id and the payment intent");
		}
		StripeForm form = new StripeForm().add("payment_intent", paymentIntentId)
			.addIfPresent("amount", (amount != null) ? String.valueOf(amount.minorUnits()) : null)
			.add("metadata[" + StripeJson.ORDER_ID + "]", orderId);
		String operation = "refund of payment intent '" + paymentIntentId + "' for order '" + orderId + "'";
		ProviderRefund refund = call(operation,
				post("/v1/refunds", form, StripeIdempotencyKeys.refund(orderId, paymentIntentId, amount)),
				StripeClient::readRefund);
		logger.info("Stripe accepted the refund of order '{}' as '{}', status {}", orderId, refund.refundId(),
				refund.providerStatus());
		return refund;
	}

	private static ProviderRefund readRefund(JsonNode refund) {
		String status = ProviderJson.requiredText(refund, "status", "refund");
		Long amount = ProviderJson.optionalLong(refund, "amount", "refund");
		Money refunded = (amount != null && ProviderJson.text(refund, "currency") != null)
				? ProviderJson.money(amount, ProviderJson.currency(refund, "currency", "refund")) : null;
		return new ProviderRefund(STRIPE, ProviderJson.requiredText(refund, "id", "refund"), refundStatus(status),
				status, refunded);
	}

	private static RefundStatus refundStatus(String status) {
		return switch (status.toLowerCase(Locale.ROOT)) {
			case "pending", "requires_action" -> RefundStatus.PENDING;
			case "succeeded" -> RefundStatus.SUCCEEDED;
			case "failed", "canceled" -> RefundStatus.FAILED;
			default -> RefundStatus.UNKNOWN;
		};
	}

	private RestClient.RequestHeadersSpec<?> post(String path, StripeForm form, String idempotencyKey) {
		return this.restClient.post()
			.uri(path)
			.header(IDEMPOTENCY_KEY, idempotencyKey)
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(form.encode());
	}

	private <T> T call(String operation, RestClient.RequestHeadersSpec<?> request, Function<JsonNode, T> reader) {
		ProviderResponse response = ProviderHttp.exchange(STRIPE, operation, request);
		logger.debug("Stripe answered {} with HTTP {}", operation, response.status());
		if (response.isSuccessful()) {
			try {
				return reader.apply(ProviderJson.parse(this.jsonMapper, response.body(), "Stripe answer"));
			}
			catch (MalformedProviderPayloadException ex) {
				throw new PaymentProviderUnavailableException(STRIPE, operation,
						"Stripe answered " + operation + " with an unreadable body: " + ex.getMessage(), false, ex);
			}
		}
		if (response.isRateLimited()) {
			throw new PaymentProviderUnavailableException(STRIPE, operation, "Stripe is rate limiting " + operation,
					true, null);
		}
		if (response.status() == 409) {
			throw new PaymentProviderUnavailableException(STRIPE, operation,
					"Stripe is still processing an earlier attempt at " + operation, false, null);
		}
		if (response.isClientError()) {
			throw rejected(operation, response);
		}
		throw new PaymentProviderUnavailableException(STRIPE, operation,
				"Stripe failed " + operation + " with HTTP " + response.status(), false, null);
	}

	private PaymentProviderRejectedException rejected(String operation, ProviderResponse response) {
		String message = null;
		String code = null;
		try {
			JsonNode error = ProviderJson.parse(this.jsonMapper, response.body(), "Stripe error").path("error");
			message = ProviderJson.text(error, "message");
			code = ProviderJson.text(error, "code");
			if (code == null) {
				code = ProviderJson.text(error, "type");
			}
		}
		catch (MalformedProviderPayloadException ex) {
			logger.debug("Stripe's error answer to {} is not JSON", operation);
		}
		return new PaymentProviderRejectedException(STRIPE, operation, response.status(),
				ProviderHttp.sanitize(code, this.secretKey), ProviderHttp.sanitize(message, this.secretKey));
	}

}
