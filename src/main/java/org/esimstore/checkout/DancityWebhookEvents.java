package org.esimstore.checkout;

import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Dancity's webhook deliveries, stored once per event and delivery key.
 */
@Repository
class DancityWebhookEvents {

	private final JdbcClient jdbc;

	DancityWebhookEvents(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Stores a delivery unless it was stored before.
	 * @param webhook the event
	 * @param deliveryKey what tells this delivery from others of the same event
	 * @return the stored event's id, empty when the delivery repeats one stored before
	 */
	Optional<Long> record(DancityWebhook webhook, String deliveryKey) {
		return this.jdbc.sql("""
				INSERT INTO dancity_webhook_events (event, delivery_key, transaction_id, reference, status, amount,
				    currency, sent_at, outcome)
				VALUES (:event, :deliveryKey, :transactionId, :reference, :status, :amount, :currency, :sentAt,
				    'RECEIVED')
				ON CONFLICT ON CONSTRAINT dancity_webhook_events_delivery_unique DO NOTHING
				RETURNING id""")
			.param("event", webhook.event())
			.param("deliveryKey", deliveryKey)
			.param("transactionId", webhook.transactionId())
			.param("reference", (webhook.reference() != null) ? webhook.reference() : webhook.customerRef())
			.param("status", webhook.status())
			.param("amount", webhook.amount())
			.param("currency", webhook.currency())
			.param("sentAt", (webhook.sentAt() != null) ? webhook.sentAt().atOffset(ZoneOffset.UTC) : null)
			.query(Long.class)
			.optional();
	}

	/**
	 * Records what came of a stored event.
	 * @param id the event
	 * @param outcome what was done
	 * @param orderId the order it concerned, if any
	 */
	void settle(long id, Outcome outcome, @Nullable UUID orderId) {
		this.jdbc.sql("UPDATE dancity_webhook_events SET outcome = :outcome, order_id = :orderId WHERE id = :id")
			.param("id", id)
			.param("outcome", outcome.name())
			.param("orderId", orderId)
			.update();
	}

	/**
	 * What came of a stored event.
	 */
	enum Outcome {

		/**
		 * A transaction event for an order being fulfilled, whose next check was brought
		 * forward.
		 */
		ORDER_HINTED,

		/** A transaction event for no order being fulfilled. */
		UNMATCHED,

		/** A wallet event, only logged. */
		LOGGED,

		/** An event this service has no use for. */
		IGNORED

	}

}
