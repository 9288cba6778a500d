package org.esimstore.payment.stripe;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.esimstore.payment.InvalidWebhookSignatureException;
import org.esimstore.payment.MalformedProviderPayloadException;
import org.esimstore.payment.PaymentProperties;
import org.esimstore.payment.PaymentProviderType;
import org.esimstore.payment.ProviderJson;
import org.esimstore.payment.WebhookSignatures;

/**
 * Checks and reads Stripe's webhooks. Stripe sends
 * {@code Stripe-Signature: t=<unix seconds>,v1=<hex>[,v1=...]}, where each {@code v1} is
 * the hex HMAC-SHA256 of {@code "<t>.<raw body>"} keyed with the endpoint's signing
 * secret; several {@code v1} entries appear while a secret is being rolled. The body is
 * parsed only once a signature is proven and the timestamp is recent.
 */
public class StripeWebhooks {

	/** The header carrying the signature. */
	public static final String SIGNATURE_HEADER = "Stripe-Signature";

	private static final String ALGORITHM = "HmacSHA256";

	private static final Pattern TIMESTAMP = Pattern.compile("[0-9]{1,18}");

	private final String webhookSecret;

	private final Duration tolerance;

	private final JsonMapper jsonMapper;

	private final Clock clock;

	public StripeWebhooks(PaymentProperties properties, JsonMapper jsonMapper, Clock clock) {
		String secret = properties.stripe().webhookSecret();
		if (secret == null) {
			throw new IllegalStateException(
					"storefront.payment.stripe.webhook-secret (STRIPE_WEBHOOK_SECRET) is required to verify Stripe webhooks");
		}
		this.webhookSecret = secret;
		this.tolerance = properties.stripe().webhookTolerance();
		this.jsonMapper = jsonMapper;
		this.clock = clock;
	}

	/**
	 * Checks that Stripe signed exactly these bytes recently.
	 * @param rawBody the request body exactly as received, before any parsing
	 * @param header the {@value #SIGNATURE_HEADER} header, {@code null} when absent
	 * @return {@link StripeSignatureCheck#VALID}, or why the signature is refused
	 */
	public StripeSignatureCheck check(byte[] rawBody, @Nullable String header) {
		if (header == null || header.isBlank()) {
			return StripeSignatureCheck.MISSING_HEADER;
		}
		SignatureHeader parsed = SignatureHeader.parse(header);
		if (parsed == null) {
			return StripeSignatureCheck.MALFORMED_HEADER;
		}
		byte[] expected = WebhookSignatures.hmac(ALGORITHM, this.webhookSecret,
				(parsed.timestamp() + ".").getBytes(StandardCharsets.UTF_8), rawBody);
		boolean matches = false;
		// every entry is compared, so the time taken does not tell which one matched
		for (String signature : parsed.signatures()) {
			matches |= WebhookSignatures.matchesHex(expected, signature);
		}
		if (!matches) {
			return StripeSignatureCheck.NO_MATCHING_SIGNATURE;
		}
		long age = this.clock.instant().getEpochSecond() - Long.parseLong(parsed.timestamp());
		return (Math.abs(age) <= this.tolerance.toSeconds()) ? StripeSignatureCheck.VALID
				: StripeSignatureCheck.TIMESTAMP_OUTSIDE_TOLERANCE;
	}

	/**
	 * Checks the signature, then reads the event.
	 * @param rawBody the request body exactly as received
	 * @param header the {@value #SIGNATURE_HEADER} header, {@code null} when absent
	 * @return the event
	 * @throws InvalidWebhookSignatureException when the signature is refused, with the
	 * reason
	 * @throws MalformedProviderPayloadException when the signed body is not an event
	 */
	public StripeEvent readVerified(byte[] rawBody, @Nullable String header) {
		StripeSignatureCheck check = check(rawBody, header);
		if (!check.isValid()) {
			throw new InvalidWebhookSignatureException(PaymentProviderType.STRIPE, check.reason());
		}
		return parse(rawBody);
	}

	/**
	 * Reads an event whose signature has already been checked.
	 * @param rawBody the request body
	 * @return the event; {@link StripeOtherEvent} for types this service ignores
	 * @throws MalformedProviderPayloadException when the body is not an event
	 */
	public StripeEvent parse(byte[] rawBody) {
		JsonNode root = ProviderJson.parse(this.jsonMapper, rawBody, "Stripe webhook");
		String id = ProviderJson.requiredText(root, "id", "event");
		String type = ProviderJson.requiredText(root, "type", "event");
		if (StripeCheckoutSessionEvent.TYPES.contains(type)) {
			return new StripeCheckoutSessionEvent(id, type,
					StripeCheckoutSession.fromJson(dataObject(root, type), "data.object"));
		}
		if (StripePaymentIntentEvent.TYPES.contains(type)) {
			return new StripePaymentIntentEvent(id, type,
					StripePaymentIntent.fromJson(dataObject(root, type), "data.object"));
		}
		if (StripeChargeRefundedEvent.TYPE.equals(type)) {
			return new StripeChargeRefundedEvent(id, type,
					StripeRefundedCharge.fromJson(dataObject(root, type), "data.object"));
		}
		return new StripeOtherEvent(id, type);
	}

	private static JsonNode dataObject(JsonNode root, String type) {
		JsonNode object = root.path("data").path("object");
		if (!object.isObject()) {
			throw new MalformedProviderPayloadException("The Stripe " + type + " webhook has no 'data.object'");
		}
		return object;
	}

	/**
	 * The parts of a {@code Stripe-Signature} header this service uses.
	 *
	 * @param timestamp the {@code t} value, digits only, as sent
	 * @param signatures every {@code v1} value
	 */
	private record SignatureHeader(String timestamp, List<String> signatures) {

		static @Nullable SignatureHeader parse(String header) {
			String timestamp = null;
			List<String> signatures = new ArrayList<>();
			for (String element : header.split(",")) {
				int separator = element.indexOf('=');
				if (separator < 0) {
					continue;
				}
				String key = element.substring(0, separator).strip();
				String value = element.substring(separator + 1).strip();
				if (key.equals("t")) {
					if (timestamp != null || !TIMESTAMP.matcher(value).matches()) {
						return null;
					}
					timestamp = value;
				}
				else if (key.equals("v1")) {
					signatures.add(value);
				}
			}
			return (timestamp != null && !signatures.isEmpty()) ? new SignatureHeader(timestamp, signatures) : null;
		}

	}

}
