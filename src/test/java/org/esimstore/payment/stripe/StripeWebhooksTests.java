package org.esimstore.payment.stripe;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
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
 * Stripe webhook signatures checked exactly as Stripe computes them, with the timestamp
 * tolerance, and its events read only after.
 */
class StripeWebhooksTests {

	private static final Instant NOW = Instant.parse("2026-05-24T10:30:00Z");

	private static final long NOW_SECONDS = NOW.getEpochSecond();

	private static final String SESSION_COMPLETED = """
			{
			  "id": "evt_1PqR8sLkdIwHu7ixQbZ3aXyV",
			  "object": "event",
			  "api_version": "2025-03-31.basil",
			  "created": 1779618600,
			  "data": {
			    "object": {
			      "id": "cs_test_a1YS1URlnyQCN5fUUduORoQ7Pw41PJqDWkIVQCpJPqkfIhd6tVY8XB1OLY",
			      "object": "checkout.session",
			      "amount_subtotal": 499,
			      "amount_total": 499,
			      "client_reference_id": "ref-7f3a9c-1",
			      "currency": "usd",
			      "customer_details": {
			        "address": { "city": null, "country": "NG", "line1": null, "line2": null,
			                     "postal_code": null, "state": null },
			        "email": "ada@example.com",
			        "name": "Ada Obi",
			        "phone": null,
			        "tax_exempt": "none",
			        "tax_ids": []
			      },
			      "customer_email": "ada@example.com",
			      "livemode": false,
			      "metadata": { "order_id": "7f3a9c" },
			      "mode": "payment",
			      "payment_intent": "pi_3MtwBwLkdIwHu7ix28a3tqPa",
			      "payment_status": "paid",
			      "status": "complete",
			      "url": null
			    }
			  },
			  "livemode": false,
			  "pending_webhooks": 1,
			  "request": { "id": null, "idempotency_key": null },
			  "type": "checkout.session.completed"
			}
			""";

	private final StripeWebhooks webhooks = new StripeWebhooks(
			ProviderTestSupport.stripe("http://127.0.0.1:1", Duration.ofSeconds(1), null), JsonMapper.builder().build(),
			Clock.fixed(NOW, ZoneOffset.UTC));

	@Test
	void acceptsTheSignatureStripeComputes() {
		byte[] body = bytes(SESSION_COMPLETED);

		assertThat(this.webhooks.check(body, "t=" + NOW_SECONDS + ",v1=" + stripeSignature(NOW_SECONDS, body)))
			.isEqualTo(StripeSignatureCheck.VALID);
	}

	@Test
	void acceptsWhenAnyOfSeveralV1SignaturesMatches() {
		byte[] body = bytes(SESSION_COMPLETED);
		String rolledSecretSignature = stripeSignature(NOW_SECONDS, body, "whsec_the_previous_secret");
		String header = "t=" + NOW_SECONDS + ", v1=" + rolledSecretSignature + ", v1="
				+ stripeSignature(NOW_SECONDS, body)
				+ ", v0=6ffbb59b2300aae63f272406069a9788598b792a944a07aba816edb039989a39";

		assertThat(this.webhooks.check(body, header)).isEqualTo(StripeSignatureCheck.VALID);
	}

	@Test
	void refusesWhenNoV1SignatureMatches() {
		byte[] body = bytes(SESSION_COMPLETED);
		String header = "t=" + NOW_SECONDS + ",v1=" + stripeSignature(NOW_SECONDS, body, "whsec_someone_else") + ",v0="
				+ stripeSignature(NOW_SECONDS, body);

		assertThat(this.webhooks.check(body, header)).isEqualTo(StripeSignatureCheck.NO_MATCHING_SIGNATURE);
	}

	@Test
	void refusesTheSignatureWhenTheBodyChangedByOneByte() {
		byte[] body = bytes(SESSION_COMPLETED);
		String header = "t=" + NOW_SECONDS + ",v1=" + stripeSignature(NOW_SECONDS, body);
		byte[] tampered = body.clone();
		tampered[SESSION_COMPLETED.indexOf("\"amount_total\": 499") + 16] = (byte) '1';

		assertThat(this.webhooks.check(tampered, header)).isEqualTo(StripeSignatureCheck.NO_MATCHING_SIGNATURE);
	}

	@Test
	void refusesASignatureWhoseTimestampWasChanged() {
		byte[] body = bytes(SESSION_COMPLETED);
		long signedAt = NOW_SECONDS - 3600;

		assertThat(this.webhooks.check(body, "t=" + NOW_SECONDS + ",v1=" + stripeSignature(signedAt, body)))
			.isEqualTo(StripeSignatureCheck.NO_MATCHING_SIGNATURE);
	}

	@Test
	void refusesATimestampOutsideTheTolerance() {
		byte[] body = bytes(SESSION_COMPLETED);
		long tooOld = NOW_SECONDS - 301;
		long tooNew = NOW_SECONDS + 301;

		assertThat(this.webhooks.check(body, "t=" + tooOld + ",v1=" + stripeSignature(tooOld, body)))
			.isEqualTo(StripeSignatureCheck.TIMESTAMP_OUTSIDE_TOLERANCE);
		assertThat(this.webhooks.check(body, "t=" + tooNew + ",v1=" + stripeSignature(tooNew, body)))
			.isEqualTo(StripeSignatureCheck.TIMESTAMP_OUTSIDE_TOLERANCE);
	}

	@Test
	void acceptsATimestampAtTheEdgeOfTheTolerance() {
		byte[] body = bytes(SESSION_COMPLETED);
		long fiveMinutesAgo = NOW_SECONDS - 300;

		assertThat(this.webhooks.check(body, "t=" + fiveMinutesAgo + ",v1=" + stripeSignature(fiveMinutesAgo, body)))
			.isEqualTo(StripeSignatureCheck.VALID);
	}

	@Test
	void refusesAMissingHeader() {
		byte[] body = bytes(SESSION_COMPLETED);

		assertThat(this.webhooks.check(body, null)).isEqualTo(StripeSignatureCheck.MISSING_HEADER);
		assertThat(this.webhooks.check(body, " ")).isEqualTo(StripeSignatureCheck.MISSING_HEADER);
	}

	@Test
	void refusesAMalformedHeader() {
		byte[] body = bytes(SESSION_COMPLETED);
		String signature = stripeSignature(NOW_SECONDS, body);

		assertThat(this.webhooks.check(body, signature)).isEqualTo(StripeSignatureCheck.MALFORMED_HEADER);
		assertThat(this.webhooks.check(body, "v1=" + signature)).isEqualTo(StripeSignatureCheck.MALFORMED_HEADER);
		assertThat(this.webhooks.check(body, "t=" + NOW_SECONDS)).isEqualTo(StripeSignatureCheck.MALFORMED_HEADER);
		assertThat(this.webhooks.check(body, "t=yesterday,v1=" + signature))
			.isEqualTo(StripeSignatureCheck.MALFORMED_HEADER);
		assertThat(this.webhooks.check(body, "t=" + NOW_SECONDS + ",t=" + NOW_SECONDS + ",v1=" + signature))
			.isEqualTo(StripeSignatureCheck.MALFORMED_HEADER);
		assertThat(this.webhooks.check(body, "t=" + NOW_SECONDS + ",v0=" + signature))
			.isEqualTo(StripeSignatureCheck.MALFORMED_HEADER);
	}

	@Test
	void readsACompletedPaidSessionAsAConfirmedPayment() {
		StripeEvent event = readSigned(SESSION_COMPLETED);

		assertThat(event).isInstanceOfSatisfying(StripeCheckoutSessionEvent.class, (completed) -> {
			assertThat(completed.id()).isEqualTo("evt_1PqR8sLkdIwHu7ixQbZ3aXyV");
			assertThat(completed.type()).isEqualTo(StripeCheckoutSessionEvent.COMPLETED);
			assertThat(completed.session()).isEqualTo(
					new StripeCheckoutSession("cs_test_a1YS1URlnyQCN5fUUduORoQ7Pw41PJqDWkIVQCpJPqkfIhd6tVY8XB1OLY",
							null, StripeSessionStatus.COMPLETE, StripePaymentStatus.PAID, Money.of("4.99", "USD"),
							"ref-7f3a9c-1", "pi_3MtwBwLkdIwHu7ix28a3tqPa", "7f3a9c"));
			assertThat(completed.confirmsPayment()).isTrue();
		});
	}

	@Test
	void aCompletedSessionStillUnpaidWaitsForTheDelayedPayment() {
		String unpaid = SESSION_COMPLETED.replace("\"payment_status\": \"paid\"", "\"payment_status\": \"unpaid\"");

		StripeCheckoutSessionEvent completed = (StripeCheckoutSessionEvent) readSigned(unpaid);
		StripeCheckoutSessionEvent settled = (StripeCheckoutSessionEvent) readSigned(SESSION_COMPLETED.replace(
				"\"type\": \"checkout.session.completed\"", "\"type\": \"checkout.session.async_payment_succeeded\""));

		assertThat(completed.confirmsPayment()).isFalse();
		assertThat(settled.type()).isEqualTo(StripeCheckoutSessionEvent.ASYNC_PAYMENT_SUCCEEDED);
		assertThat(settled.confirmsPayment()).isTrue();
	}

	@Test
	void readsASucceededPaymentIntent() {
		StripeEvent event = readSigned("""
				{
				  "id": "evt_3MtwBwLkdIwHu7ix0bJ9kM2P",
				  "object": "event",
				  "type": "payment_intent.succeeded",
				  "data": {
				    "object": {
				      "id": "pi_3MtwBwLkdIwHu7ix28a3tqPa",
				      "object": "payment_intent",
				      "amount": 499,
				      "amount_capturable": 0,
				      "amount_received": 499,
				      "capture_method": "automatic_async",
				      "currency": "usd",
				      "latest_charge": "ch_3MtwBwLkdIwHu7ix1Z0gCqDa",
				      "metadata": { "order_id": "7f3a9c" },
				      "payment_method_types": ["card"],
				      "status": "succeeded"
				    }
				  }
				}
				""");

		assertThat(event).isEqualTo(new StripePaymentIntentEvent("evt_3MtwBwLkdIwHu7ix0bJ9kM2P",
				StripePaymentIntentEvent.SUCCEEDED, new StripePaymentIntent("pi_3MtwBwLkdIwHu7ix28a3tqPa", "succeeded",
						Money.of("4.99", "USD"), Money.of("4.99", "USD"), "7f3a9c")));
		assertThat(((StripePaymentIntentEvent) event).paymentIntent().isSucceeded()).isTrue();
	}

	@Test
	void readsARefundedCharge() {
		StripeEvent event = readSigned("""
				{
				  "id": "evt_3NirD82eZvKYlo2C1bK7fQ0x",
				  "object": "event",
				  "type": "charge.refunded",
				  "data": {
				    "object": {
				      "id": "ch_1NirD82eZvKYlo2CIvbtLWuY",
				      "object": "charge",
				      "amount": 499,
				      "amount_captured": 499,
				      "amount_refunded": 499,
				      "currency": "usd",
				      "metadata": {},
				      "paid": true,
				      "payment_intent": "pi_3MtwBwLkdIwHu7ix28a3tqPa",
				      "refunded": true,
				      "status": "succeeded"
				    },
				    "previous_attributes": { "amount_refunded": 0, "refunded": false }
				  }
				}
				""");

		assertThat(event).isEqualTo(new StripeChargeRefundedEvent("evt_3NirD82eZvKYlo2C1bK7fQ0x", "charge.refunded",
				new StripeRefundedCharge("ch_1NirD82eZvKYlo2CIvbtLWuY", "pi_3MtwBwLkdIwHu7ix28a3tqPa",
						Money.of("4.99", "USD"), Money.of("4.99", "USD"), true, null)));
	}

	@Test
	void readsEventsItDoesNotActOnAsOtherEvents() {
		assertThat(readSigned("""
				{"id": "evt_1", "object": "event", "type": "customer.created", "data": {"object": {"id": "cus_1"}}}
				""")).isEqualTo(new StripeOtherEvent("evt_1", "customer.created"));
	}

	@Test
	void refusesAnUnsignedBodyBeforeReadingIt() {
		assertThatExceptionOfType(InvalidWebhookSignatureException.class)
			.isThrownBy(() -> this.webhooks.readVerified(bytes("not JSON at all"), null))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo("missing Stripe-Signature header"));
		byte[] body = bytes(SESSION_COMPLETED);
		long old = NOW_SECONDS - 3600;
		assertThatExceptionOfType(InvalidWebhookSignatureException.class)
			.isThrownBy(() -> this.webhooks.readVerified(body, "t=" + old + ",v1=" + stripeSignature(old, body)))
			.withMessageContaining("timestamp outside tolerance");
	}

	@Test
	void reportsASignedSessionEventWithoutItsSession() {
		assertThatExceptionOfType(MalformedProviderPayloadException.class).isThrownBy(() -> readSigned("""
				{"id": "evt_2", "object": "event", "type": "checkout.session.completed", "data": {}}
				""")).withMessageContaining("data.object");
	}

	private StripeEvent readSigned(String json) {
		byte[] body = bytes(json);
		return this.webhooks.readVerified(body, "t=" + NOW_SECONDS + ",v1=" + stripeSignature(NOW_SECONDS, body));
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static String stripeSignature(long timestamp, byte[] body) {
		return stripeSignature(timestamp, body, ProviderTestSupport.STRIPE_WEBHOOK_SECRET);
	}

	private static String stripeSignature(long timestamp, byte[] body, String secret) {
		String signedPayload = timestamp + "." + new String(body, StandardCharsets.UTF_8);
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(signedPayload.getBytes(StandardCharsets.UTF_8)));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
