package org.esimstore.checkout;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads orders, their history and payments straight from the database, and puts orders
 * into states a stopped instance would leave behind.
 */
final class OrderRecords {

	private static final String IN_FLIGHT = "('PAID', 'PURCHASING', 'PURCHASE_UNCLEAR', 'PROVISIONING')";

	private final JdbcTemplate jdbc;

	OrderRecords(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	String state(String orderId) {
		return this.jdbc.queryForObject("SELECT status FROM orders WHERE id = ?::uuid", String.class, orderId);
	}

	String customerRef(String orderId) {
		return this.jdbc.queryForObject("SELECT customer_ref FROM orders WHERE id = ?::uuid", String.class, orderId);
	}

	boolean needsAttention(String orderId) {
		return Boolean.TRUE.equals(this.jdbc.queryForObject("SELECT needs_attention FROM orders WHERE id = ?::uuid",
				Boolean.class, orderId));
	}

	int purchaseAttempts(String orderId) {
		Integer attempts = this.jdbc.queryForObject("SELECT purchase_attempts FROM orders WHERE id = ?::uuid",
				Integer.class, orderId);
		return (attempts != null) ? attempts : -1;
	}

	List<String> events(String orderId) {
		return this.jdbc.queryForList("SELECT type FROM order_events WHERE order_id = ?::uuid ORDER BY id",
				String.class, orderId);
	}

	List<String> paymentOutcomes(String orderId) {
		return this.jdbc.queryForList("""
				SELECT outcome || coalesce(':' || refund_state, '') FROM order_payments
				WHERE order_id = ?::uuid ORDER BY id""", String.class, orderId);
	}

	long countByIdempotencyKey(String customerId, String idempotencyKey) {
		Long count = this.jdbc.queryForObject(
				"SELECT count(*) FROM orders WHERE customer_id = ? AND idempotency_key = ?", Long.class, customerId,
				idempotencyKey);
		return (count != null) ? count : -1;
	}

	/**
	 * Leaves a paid order as an instance stopped in the middle of its purchase call
	 * would: marked as being purchased, its lease already over.
	 * @param orderId the order, unpaid so far
	 * @param sentAgo how long ago the purchase call was sent
	 */
	void leaveMidPurchase(String orderId, Duration sentAgo) {
		int updated = this.jdbc.update("""
				UPDATE orders SET status = 'PURCHASING', paid_at = now() - ?::interval, purchase_attempts = 1,
				    purchase_sent_at = now() - ?::interval, next_attempt_at = now() - interval '1 second',
				    version = version + 1
				WHERE id = ?::uuid AND status = 'AWAITING_PAYMENT'""", interval(sentAgo), interval(sentAgo), orderId);
		assertThat(updated).isOne();
	}

	void expirePaymentWindow(String orderId) {
		this.jdbc.update("UPDATE orders SET payment_expires_at = now() - interval '1 second' WHERE id = ?::uuid",
				orderId);
	}

	/**
	 * Waits until no order is being fulfilled, then fails whatever is left so that it
	 * cannot disturb the next test.
	 */
	void settle() {
		try {
			await().atMost(Duration.ofSeconds(30))
				.until(() -> this.jdbc.queryForObject("SELECT count(*) FROM orders WHERE status IN " + IN_FLIGHT
						+ " AND next_attempt_at < now() + interval '1 minute'", Long.class) == 0);
		}
		finally {
			// A new version makes any answer a worker is still waiting for arrive late,
			// so it
			// cannot bring a settled order back to life in the next test.
			this.jdbc.update("UPDATE orders SET status = 'FAILED', next_attempt_at = NULL, failure_reason = 'test', "
					+ "version = version + 1 WHERE status IN " + IN_FLIGHT);
		}
	}

	private static String interval(Duration duration) {
		return duration.toMillis() + " milliseconds";
	}

}
