package org.esimstore.payment.paystack;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.esimstore.money.Money;
import org.esimstore.payment.InvalidWebhookSignatureException;
import org.esimstore.payment.MalformedProviderPayloadException;
import org.esimstore.payment.ProviderTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Paystack webhook signatures checked exactly as Paystack computes them, and its events
 * read only after.
 */
class PaystackWebhooksTests {

	private static final String CHARGE_SUCCESS = """
			{
			  "event": "charge.success",
			  "data": {
			    "id": 302961,
			    "domain": "live",
			    "status": "success",
			    "reference": "ord-7f3a9c",
			    "amount": 450000,
			    "message": null,
			    "gateway_response": "Approved by Financial Institution",
			    "paid_at": "2026-05-24T10:23:11.000Z",
			    "created_at": "2026-05-24T10:22:45.000Z",
			    "channel": "card",
			    "currency": "NGN",
			    "ip_address": "197.210.45.12",
			    "metadata": 0,
			    "log": {
			      "time_spent": 16,
			      "attempts": 1,
			      "authentication": "pin",
			      "errors": 0,
			      "success": false,
			      "mobile": false,
			      "input": [],
			      "channel": null,
			      "history": [
			        { "type": "input", "message": "Filled these fields: card number, card expiry, card cvv", "time": 15 },
			        { "type": "action", "message": "Attempted to pay", "time": 15 },
			        { "type": "auth", "message": "Authentication Required: pin", "time": 16 }
			      ]
			    },
			    "fees": null,
			    "customer": {
			      "id": 68324,
			      "first_name": "Ada",
			      "last_name": "Obi",
			      "email": "ada@example.com",
			      "customer_code": "CUS_qo38as2hpsgk2r0",
			      "phone": null,
			      "metadata": null,
			      "risk_action": "default"
			    },
			    "authorization": {
			      "authorization_code": "AUTH_f5rnfq9p",
			      "bin": "539999",
			      "last4": "8877",
			      "exp_month": "08",
			      "exp_year": "2030",
			      "card_type": "mastercard DEBIT",
			      "bank": "Guaranty Trust Bank",
			      "country_code": "NG",
			      "brand": "mastercard",
			      "account_name": "ADA OBI"
			    },
			    "plan": {}
			  }
			}
			""";

	private final PaystackWebhooks webhooks = new PaystackWebhooks(
			ProviderTestSupport.paystack("http://127.0.0.1:1", Duration.ofSeconds(1), null),
			JsonMapper.builder().build());

	@Test
	void acceptsTheSignaturePaystackComputesOverTheRawBody() {
		byte[] body = bytes(CHARGE_SUCCESS);

		assertThat(this.webhooks.hasValidSignature(body, paystackSignature(body, ProviderTestSupport.PAYSTACK_SECRET)))
			.isTrue();
	}

	@Test
	void acceptsTheSignatureInUpperCaseHex() {
		byte[] body = bytes(CHARGE_SUCCESS);

		assertThat(this.webhooks.hasValidSignature(body,
				paystackSignature(body, ProviderTestSupport.PAYSTACK_SECRET).toUpperCase()))
			.isTrue();
	}

	@Test
	void refusesTheSignatureWhenTheBodyChangedByOneByte() {
		byte[] body = bytes(CHARGE_SUCCESS);
		String signature = paystackSignature(body, ProviderTestSupport.PAYSTACK_SECRET);
		byte[] tampered = body.clone();
		int amountDigit = CHARGE_SUCCESS.indexOf("450000");
		tampered[amountDigit] = (byte) '9';

		assertThat(this.webhooks.hasValidSignature(tampered, signature)).isFalse();
	}

	@Test
	void refusesASignatureMadeWithAnotherKey() {
		byte[] body = bytes(CHARGE_SUCCESS);

		assertThat(this.webhooks.hasValidSignature(body, paystackSignature(body, "sk_test_someone_else"))).isFalse();
	}

	@Test
	void refusesAMissingOrMalformedSignature() {
		byte[] body = bytes(CHARGE_SUCCESS);
		String signature = paystackSignature(body, ProviderTestSupport.PAYSTACK_SECRET);

		assertThat(this.webhooks.hasValidSignature(body, null)).isFalse();
		assertThat(this.webhooks.hasValidSignature(body, "")).isFalse();
		assertThat(this.webhooks.hasValidSignature(body, "not-hex")).isFalse();
		assertThat(this.webhooks.hasValidSignature(body, signature.substring(2))).isFalse();
		assertThat(this.webhooks.hasValidSignature(body, "zz" + signature.substring(2))).isFalse();
	}

	@Test
	void readsChargeSuccessOnceTheSignatureIsProven() {
		byte[] body = bytes(CHARGE_SUCCESS);

		PaystackEvent event = this.webhooks.readVerified(body,
				paystackSignature(body, ProviderTestSupport.PAYSTACK_SECRET));

		assertThat(event).isEqualTo(new PaystackChargeSuccess(new PaystackTransaction("302961", "ord-7f3a9c",
				PaystackTransactionStatus.SUCCESS, Money.of("4500.00", "NGN"), Instant.parse("2026-05-24T10:23:11Z"),
				"Approved by Financial Institution", "ada@example.com")));
		assertThat(event.type()).isEqualTo("charge.success");
	}

	@Test
	void readsEventsItDoesNotActOnAsOtherEvents() {
		byte[] body = bytes("""
				{"event": "transfer.success", "data": {"amount": 30000, "currency": "NGN", "reference": "tr-1"}}
				""");

		assertThat(this.webhooks.readVerified(body, paystackSignature(body, ProviderTestSupport.PAYSTACK_SECRET)))
			.isEqualTo(new PaystackOtherEvent("transfer.success"));
	}

	@Test
	void refusesAnUnsignedBodyBeforeReadingIt() {
		byte[] body = bytes("this is not JSON");

		assertThatExceptionOfType(InvalidWebhookSignatureException.class)
			.isThrownBy(() -> this.webhooks.readVerified(body, paystackSignature(body, "sk_test_someone_else")))
			.satisfies((ex) -> {
				assertThat(ex.reason()).isEqualTo("signature does not match the body");
				assertThat(ex.code()).isEqualTo("INVALID_WEBHOOK_SIGNATURE");
			});
		assertThatExceptionOfType(InvalidWebhookSignatureException.class)
			.isThrownBy(() -> this.webhooks.readVerified(body, null))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo("missing x-paystack-signature header"));
	}

	@Test
	void reportsASignedChargeSuccessWithoutItsReference() {
		byte[] body = bytes(CHARGE_SUCCESS.replace("\"reference\": \"ord-7f3a9c\",", ""));

		assertThatExceptionOfType(MalformedProviderPayloadException.class).isThrownBy(
				() -> this.webhooks.readVerified(body, paystackSignature(body, ProviderTestSupport.PAYSTACK_SECRET)))
			.withMessageContaining("'data.reference' is missing");
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static String paystackSignature(byte[] body, String secretKey) {
		try {
			Mac mac = Mac.getInstance("HmacSHA512");
			mac.init(new SecretKeySpec(secretKey.getBytes(StandardCharsets.UTF_8), "HmacSHA512"));
			return HexFormat.of().formatHex(mac.doFinal(body));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
