package org.esimstore.payment;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import static org.awaitility.Awaitility.await;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads orders, their payments and the stored webhook events straight from the database.
 */
final class PaymentRecords {

	private static final String IN_FLIGHT = "('PAID', 'PURCHASING', 'PURCHASE_UNCLEAR', 'PROVISIONING')";

	private final JdbcTemplate jdbc;

	PaymentRecords(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	String state(String orderId) {
		return this.jdbc.queryForObject("SELECT status FROM orders WHERE id = ?::uuid", String.class, orderId);
	}

	boolean needsAttention(String orderId) {
		return Boolean.TRUE.equals(this.jdbc.queryForObject("SELECT needs_attention FROM orders WHERE id = ?::uuid",
				Boolean.class, orderId));
	}

	List<String> events(String orderId) {
		return this.jdbc.queryForList("SELECT type FROM order_events WHERE order_id = ?::uuid ORDER BY id",
				String.class, orderId);
	}

	/**
	 * Every payment recorded for an order, as {@code outcome[:refund state]}.
	 * @param orderId the order
	 * @return the payments, oldest first
	 */
	List<String> payments(String orderId) {
		return this.jdbc.queryForList("""
				SELECT outcome || coalesce(':' || refund_state, '') FROM order_payments
				WHERE order_id = ?::uuid ORDER BY id""", String.class, orderId);
	}

	List<String> refundIds(String orderId) {
		return this.jdbc.queryForList(
				"SELECT refund_id FROM order_payments WHERE order_id = ?::uuid AND refund_id IS NOT NULL ORDER BY id",
				String.class, orderId);
	}

	long ordersOf(String customerId) {
		Long count = this.jdbc.queryForObject("SELECT count(*) FROM orders WHERE customer_id = ?", Long.class,
				customerId);
		return (count != null) ? count : -1;
	}

	/**
	 * The stored webhook events of a provider, as {@code status}, oldest first.
	 * @param provider the provider such as {@code paystack}
	 * @param eventId the event's id as stored
	 * @return the statuses; more than one would mean a duplicate was stored
	 */
	List<String> webhookEvents(String provider, String eventId) {
		return this.jdbc.queryForList(
				"SELECT status FROM payment_webhook_events WHERE provider = ? AND event_id = ? ORDER BY id",
				String.class, provider, eventId);
	}

	int webhookAttempts(String provider, String eventId) {
		Integer attempts = this.jdbc.queryForObject(
				"SELECT attempts FROM payment_webhook_events WHERE provider = ? AND event_id = ?", Integer.class,
				provider, eventId);
		return (attempts != null) ? attempts : -1;
	}

	long webhookEventsForReference(String reference) {
		Long count = this.jdbc.queryForObject("SELECT count(*) FROM payment_webhook_events WHERE payment_reference = ?",
				Long.class, reference);
		return (count != null) ? count : -1;
	}

	Instant paymentExpiresAt(String orderId) {
		OffsetDateTime expiresAt = this.jdbc.queryForObject("SELECT payment_expires_at FROM orders WHERE id = ?::uuid",
				OffsetDateTime.class, orderId);
		if (expiresAt == null) {
			throw new IllegalStateException("Order " + orderId + " has no payment window");
		}
		return expiresAt.toInstant();
	}

	/**
	 * Moves an unpaid order's payment window so that it ends soon.
	 * @param orderId the order
	 * @param from how long from now it ends, negative for already over
	 */
	void paymentWindowEndsIn(String orderId, Duration from) {
		this.jdbc.update("UPDATE orders SET payment_expires_at = now() + ?::interval WHERE id = ?::uuid",
				from.toMillis() + " milliseconds", orderId);
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
			this.jdbc.update("UPDATE orders SET status = 'FAILED', next_attempt_at = NULL, failure_reason = 'test' "
					+ "WHERE status IN " + IN_FLIGHT);
		}
	}

}
