package org.esimstore.checkout;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.esimstore.IntegrationTest;
import org.esimstore.TestInfrastructure;
import org.esimstore.dancity.DancitySimulator;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Dancity's webhooks, signed as Dancity signs them, against the whole application.
 */
@IntegrationTest
class DancityWebhookTests {

	@Autowired
	RestTestClient client;

	@Autowired
	JdbcTemplate jdbc;

	private OrderRecords records;

	@BeforeEach
	void setUp() {
		this.records = new OrderRecords(this.jdbc);
	}

	@AfterEach
	void settle() {
		this.records.settle();
	}

	@Test
	void storesASignedDeliveryOnceAndAnswersRepeatsTheSame() {
		String transactionId = "TXN-" + UUID.randomUUID();
		byte[] body = transactionEvent("transaction.pending", transactionId, "unknown-" + UUID.randomUUID());

		deliver(body, sign(body)).expectStatus().isOk().expectBody().jsonPath("$.received").isEqualTo(true);
		deliver(body, sign(body)).expectStatus().isOk().expectBody().jsonPath("$.received").isEqualTo(true);

		assertThat(storedCount(transactionId)).isOne();
	}

	@Test
	void storesAndIgnoresAnEventForAnUnknownReference() {
		String transactionId = "TXN-" + UUID.randomUUID();
		byte[] body = transactionEvent("transaction.success", transactionId, "unknown-" + UUID.randomUUID());

		deliver(body, sign(body)).expectStatus().isOk();

		assertThat(this.jdbc.queryForObject(
				"SELECT outcome || coalesce(':' || order_id, '') FROM dancity_webhook_events WHERE transaction_id = ?",
				String.class, transactionId))
			.isEqualTo("UNMATCHED");
	}

	@Test
	void refusesADeliveryWithoutSignature() {
		String transactionId = "TXN-" + UUID.randomUUID();
		byte[] body = transactionEvent("transaction.success", transactionId, "ref");

		deliver(body, null).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.code")
			.isEqualTo("INVALID_WEBHOOK_SIGNATURE");

		assertThat(storedCount(transactionId)).isZero();
	}

	@Test
	void refusesADeliveryWhoseSignatureDoesNotMatchTheBody() {
		String transactionId = "TXN-" + UUID.randomUUID();
		byte[] body = transactionEvent("transaction.success", transactionId, "ref");
		byte[] other = transactionEvent("transaction.failed", transactionId, "ref");

		deliver(body, sign(other)).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.code")
			.isEqualTo("INVALID_WEBHOOK_SIGNATURE");

		assertThat(storedCount(transactionId)).isZero();
	}

	@Test
	void refusesASignedBodyThatIsNotAnEvent() {
		byte[] body = "{\"data\": {}}".getBytes(StandardCharsets.UTF_8);

		deliver(body, sign(body)).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.code")
			.isEqualTo("MALFORMED_WEBHOOK");
	}

	@Test
	void logsAWalletEventAndDoesNothingElse() {
		String transactionId = "TXN-" + UUID.randomUUID();
		byte[] body = ("{\"event\": \"wallet.funded\", \"timestamp\": \"2026-05-31T13:57:17.405Z\", \"data\": "
				+ "{\"transactionId\": \"" + transactionId + "\", \"amount\": 50000, \"currency\": \"NGN\"}}")
			.getBytes(StandardCharsets.UTF_8);

		deliver(body, sign(body)).expectStatus().isOk();

		assertThat(this.jdbc
			.queryForObject("SELECT outcome || ' ' || amount || ' ' || currency FROM dancity_webhook_events "
					+ "WHERE transaction_id = ?", String.class, transactionId))
			.isEqualTo("LOGGED 50000.0000 NGN");
	}

	@Test
	void bringsTheNextLookupOfAnUnclearPurchaseForward() {
		CheckoutApi api = new CheckoutApi(this.client);
		api.browseCatalog();
		String orderId = api.orderEsim(CheckoutApi.newCustomer(), DancitySimulator.QATAR_1GB_7DAYS).id();
		leaveUnclearForAnHour(orderId);
		String transactionId = "TXN-" + UUID.randomUUID();
		byte[] body = transactionEvent("transaction.success", transactionId, this.records.customerRef(orderId));

		deliver(body, sign(body)).expectStatus().isOk().expectBody().jsonPath("$.received").isEqualTo(true);

		assertThat(this.jdbc.queryForObject(
				"SELECT next_attempt_at < now() + interval '30 minutes' FROM orders WHERE id = ?::uuid", Boolean.class,
				orderId))
			.isTrue();
		assertThat(this.records.events(orderId)).contains("DANCITY_NOTIFIED");
		assertThat(this.jdbc.queryForObject(
				"SELECT outcome || ':' || order_id FROM dancity_webhook_events WHERE transaction_id = ?", String.class,
				transactionId))
			.isEqualTo("ORDER_HINTED:" + orderId);
		// The lookup, not the webhook, decides: Dancity never got this purchase, so it is
		// bought again after the grace period. Waiting for that keeps the purchase out of
		// later tests.
		await().atMost(Duration.ofSeconds(30)).until(() -> "COMPLETED".equals(this.records.state(orderId)));
	}

	private void leaveUnclearForAnHour(String orderId) {
		int updated = this.jdbc.update("""
				UPDATE orders SET status = 'PURCHASE_UNCLEAR', paid_at = now(), purchase_attempts = 1,
				    purchase_sent_at = now(), next_attempt_at = now() + interval '1 hour', version = version + 1
				WHERE id = ?::uuid AND status = 'AWAITING_PAYMENT'""", orderId);
		assertThat(updated).isOne();
	}

	private RestTestClient.ResponseSpec deliver(byte[] body, @Nullable String signature) {
		RestTestClient.RequestBodySpec request = this.client.post()
			.uri("/api/v1/dancity/webhook")
			.contentType(MediaType.APPLICATION_JSON);
		if (signature != null) {
			request.header("X-Dancity-Signature", signature);
		}
		return request.body(body).exchange();
	}

	private long storedCount(String transactionId) {
		Long count = this.jdbc.queryForObject("SELECT count(*) FROM dancity_webhook_events WHERE transaction_id = ?",
				Long.class, transactionId);
		return (count != null) ? count : -1;
	}

	private static byte[] transactionEvent(String event, String transactionId, String reference) {
		return ("{\"event\": \"" + event + "\", \"timestamp\": \"2026-05-31T13:57:17.405Z\", \"data\": {"
				+ "\"transactionId\": \"" + transactionId + "\", \"type\": \"ESIM\", \"status\": \"success\", "
				+ "\"amount\": 2835, \"currency\": \"NGN\", \"reference\": \"" + reference + "\", "
				+ "\"createdAt\": \"2026-05-31T13:57:15.000Z\"}}")
			.getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * Signs a body as Dancity does: the lowercase hex HMAC-SHA256 of the raw bytes, keyed
	 * with the webhook secret.
	 */
	private static String sign(byte[] body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(TestInfrastructure.DANCITY_WEBHOOK_SECRET.getBytes(StandardCharsets.UTF_8),
					"HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(body));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
