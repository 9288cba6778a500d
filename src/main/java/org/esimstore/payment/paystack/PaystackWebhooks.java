package org.esimstore.payment.paystack;

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
 * Checks and reads Paystack's webhooks. Paystack signs the raw body with HMAC-SHA512
 * keyed with the secret API key and sends the hex digest in {@value #SIGNATURE_HEADER};
 * the body is parsed only once that signature is proven.
 */
public class PaystackWebhooks {

	/** The header carrying the signature. */
	public static final String SIGNATURE_HEADER = "x-paystack-signature";

	private static final String ALGORITHM = "HmacSHA512";

	private final String secretKey;

	private final JsonMapper jsonMapper;

	public PaystackWebhooks(PaymentProperties properties, JsonMapper jsonMapper) {
		String key = properties.paystack().secretKey();
		if (key == null) {
			throw new IllegalStateException(
					"storefront.payment.paystack.secret-key (PAYSTACK_SECRET_KEY) is required to verify Paystack webhooks");
		}
		this.secretKey = key;
		this.jsonMapper = jsonMapper;
	}

	/**
	 * Whether the signature proves that Paystack sent exactly these bytes.
	 * @param rawBody the request body exactly as received, before any parsing
	 * @param signature the {@value #SIGNATURE_HEADER} header, {@code null} when absent
	 * @return true only for a matching signature
	 */
	public boolean hasValidSignature(byte[] rawBody, @Nullable String signature) {
		if (signature == null || signature.isBlank()) {
			return false;
		}
		byte[] expected = WebhookSignatures.hmac(ALGORITHM, this.secretKey, rawBody);
		return WebhookSignatures.matchesHex(expected, signature);
	}

	/**
	 * Checks the signature, then reads the event.
	 * @param rawBody the request body exactly as received
	 * @param signature the {@value #SIGNATURE_HEADER} header, {@code null} when absent
	 * @return the event
	 * @throws InvalidWebhookSignatureException when the signature is missing or wrong
	 * @throws MalformedProviderPayloadException when the signed body is not an event
	 */
	public PaystackEvent readVerified(byte[] rawBody, @Nullable String signature) {
		if (!hasValidSignature(rawBody, signature)) {
			throw new InvalidWebhookSignatureException(PaymentProviderType.PAYSTACK,
					(signature == null || signature.isBlank()) ? "missing " + SIGNATURE_HEADER + " header"
							: "signature does not match the body");
		}
		return parse(rawBody);
	}

	/**
	 * Reads an event whose signature has already been checked.
	 * @param rawBody the request body
	 * @return the event; {@link PaystackOtherEvent} for types this service ignores
	 * @throws MalformedProviderPayloadException when the body is not an event
	 */
	public PaystackEvent parse(byte[] rawBody) {
		JsonNode root = ProviderJson.parse(this.jsonMapper, rawBody, "Paystack webhook");
		String type = ProviderJson.requiredText(root, "event", "webhook");
		if (!PaystackChargeSuccess.TYPE.equals(type)) {
			return new PaystackOtherEvent(type);
		}
		JsonNode data = root.path("data");
		if (!data.isObject()) {
			throw new MalformedProviderPayloadException("The Paystack " + type + " webhook has no 'data' object");
		}
		return new PaystackChargeSuccess(PaystackTransaction.fromJson(data, "data"));
	}

}
