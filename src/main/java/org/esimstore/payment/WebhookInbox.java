package org.esimstore.payment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Currency;
import java.util.List;

import org.esimstore.money.Money;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Payment webhooks in PostgreSQL, each stored once per provider and event id so that a
 * replayed or concurrently repeated delivery changes nothing. Workers claim pending
 * events with {@code FOR UPDATE SKIP LOCKED}, and every later change is conditional on
 * the attempt claimed.
 */
@Repository
class WebhookInbox {

	private final JdbcClient jdbc;

	WebhookInbox(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Stores an event unless it was stored before.
	 * @param provider the provider that sent it
	 * @param webhook the event
	 * @return whether it was new
	 */
	boolean record(PaymentProviderType provider, ReceivedWebhook webhook) {
		ReportedPayment payment = webhook.payment();
		WebhookStatus status = (payment != null) ? WebhookStatus.PENDING
				: (webhook.problem() != null) ? WebhookStatus.REJECTED : WebhookStatus.IGNORED;
		return this.jdbc.sql("""
				INSERT INTO payment_webhook_events (provider, event_id, event_type, payment_reference,
				    provider_payment_id, amount, currency, status, detail, next_attempt_at, processed_at)
				VALUES (:provider, :eventId, :type, :reference, :paymentId, :amount, :currency, :status, :detail,
				    CASE WHEN :pending THEN now() END, CASE WHEN :pending THEN NULL ELSE now() END)
				ON CONFLICT (provider, event_id) DO NOTHING""")
			.param("provider", provider.id())
			.param("eventId", webhook.eventId())
			.param("type", truncate(webhook.type(), 64))
			.param("reference", (payment != null) ? payment.reference() : null)
			.param("paymentId", (payment != null) ? payment.providerPaymentId() : null)
			.param("amount", (payment != null) ? payment.amount().amount() : null)
			.param("currency", (payment != null) ? payment.amount().currency().getCurrencyCode() : null)
			.param("status", status.name())
			.param("detail", webhook.problem())
			.param("pending", status == WebhookStatus.PENDING)
			.update() == 1;
	}

	/**
	 * Claims pending events that are due, including those whose processing outlived its
	 * lease.
	 * @param lease how long processing may take before another worker may take the event
	 * @param limit most events to claim
	 * @return the claimed events, oldest first
	 */
	@Transactional
	List<InboxEvent> claimDue(Duration lease, int limit) {
		return this.jdbc.sql("""
				WITH due AS (
				    SELECT id FROM payment_webhook_events WHERE status = 'PENDING' AND next_attempt_at <= now()
				    ORDER BY next_attempt_at, id LIMIT :limit FOR UPDATE SKIP LOCKED)
				UPDATE payment_webhook_events e SET attempts = e.attempts + 1,
				    next_attempt_at = now() + (:leaseMillis * interval '1 millisecond')
				FROM due WHERE e.id = due.id
				RETURNING e.*""")
			.param("limit", limit)
			.param("leaseMillis", lease.toMillis())
			.query((rs, row) -> claimed(rs))
			.list();
	}

	/**
	 * Records what came of a claimed event, if nobody changed it since the claim.
	 * @param event the event as claimed
	 * @param status its final status
	 * @param detail what came of it
	 * @return whether it was recorded
	 */
	boolean finish(InboxEvent event, WebhookStatus status, String detail) {
		return this.jdbc.sql("""
				UPDATE payment_webhook_events SET status = :status, detail = :detail, next_attempt_at = NULL,
				    processed_at = now()
				WHERE id = :id AND status = 'PENDING' AND attempts = :attempts""")
			.param("status", status.name())
			.param("detail", detail)
			.param("id", event.id())
			.param("attempts", event.attempts())
			.update() == 1;
	}

	/**
	 * Leaves a claimed event pending until a later attempt.
	 * @param event the event as claimed
	 * @param delay when to try again
	 * @param detail why it was not processed now
	 */
	void retry(InboxEvent event, Duration delay, String detail) {
		this.jdbc.sql("""
				UPDATE payment_webhook_events SET detail = :detail,
				    next_attempt_at = now() + (:delayMillis * interval '1 millisecond')
				WHERE id = :id AND status = 'PENDING' AND attempts = :attempts""")
			.param("detail", detail)
			.param("delayMillis", delay.toMillis())
			.param("id", event.id())
			.param("attempts", event.attempts())
			.update();
	}

	private static InboxEvent claimed(ResultSet rs) throws SQLException {
		Money amount = Money.of(rs.getBigDecimal("amount"), Currency.getInstance(rs.getString("currency").strip()));
		ReportedPayment payment = new ReportedPayment(rs.getString("payment_reference"),
				rs.getString("provider_payment_id"), amount);
		String providerId = rs.getString("provider");
		PaymentProviderType provider = PaymentProviderType.fromId(providerId)
			.orElseThrow(() -> new IllegalStateException("Unknown payment provider '" + providerId + "'"));
		return new InboxEvent(rs.getLong("id"), provider, rs.getString("event_id"), rs.getString("event_type"), payment,
				rs.getInt("attempts"));
	}

	private static String truncate(String text, int max) {
		return (text.length() <= max) ? text : text.substring(0, max);
	}

}
