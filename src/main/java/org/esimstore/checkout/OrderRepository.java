package org.esimstore.checkout;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.esimstore.money.Money;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Orders, their history and their payments in PostgreSQL. Every change of state is
 * conditional on the version read, so a late answer never overwrites a newer state, and
 * workers claim orders with {@code FOR UPDATE SKIP LOCKED} so that no two take the same.
 */
@Repository
class OrderRepository {

	private static final RowMapper<Order> ORDER = OrderRepository::mapOrder;

	private final JdbcClient jdbc;

	OrderRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Stores a new order unless the customer already placed one with the same idempotency
	 * key.
	 * @param order the order
	 * @return whether it was stored; {@code false} when the key was taken
	 */
	@Transactional
	boolean insert(Order order) {
		int inserted = this.jdbc.sql("""
				INSERT INTO orders (id, customer_id, idempotency_key, request_fingerprint, type, status, package_code,
				    package_name, region_code, data_bytes, validity_days, price_amount, price_currency,
				    wholesale_cost_amount, wholesale_cost_currency, customer_ref, esim_id, topup_iccid,
				    payment_expires_at)
				VALUES (:id, :customerId, :idempotencyKey, :fingerprint, :type, :status, :packageCode, :packageName,
				    :regionCode, :dataBytes, :validityDays, :priceAmount, :priceCurrency, :costAmount, :costCurrency,
				    :customerRef, :esimId, :topUpIccid, :paymentExpiresAt)
				ON CONFLICT (customer_id, idempotency_key) DO NOTHING""")
			.param("id", order.id())
			.param("customerId", order.customerId())
			.param("idempotencyKey", order.idempotencyKey())
			.param("fingerprint", order.requestFingerprint())
			.param("type", order.type().name())
			.param("status", order.state().name())
			.param("packageCode", order.packageCode())
			.param("packageName", order.packageName())
			.param("regionCode", order.regionCode())
			.param("dataBytes", order.dataBytes())
			.param("validityDays", order.validityDays())
			.param("priceAmount", order.price().amount())
			.param("priceCurrency", order.price().currency().getCurrencyCode())
			.param("costAmount", order.wholesaleCost().amount())
			.param("costCurrency", order.wholesaleCost().currency().getCurrencyCode())
			.param("customerRef", order.customerRef())
			.param("esimId", order.esimId())
			.param("topUpIccid", order.topUpIccid())
			.param("paymentExpiresAt", timestamp(order.paymentExpiresAt()))
			.update();
		if (inserted == 0) {
			return false;
		}
		recordEvent(order.id(), OrderEventType.PLACED, null, order.state(), order.type() + " order of package '"
				+ order.packageCode() + "' at " + order.price() + " (wholesale " + order.wholesaleCost() + ")");
		return true;
	}

	Optional<Order> findById(UUID id) {
		return this.jdbc.sql("SELECT * FROM orders WHERE id = :id").param("id", id).query(ORDER).optional();
	}

	Optional<Order> findForCustomer(String customerId, UUID id) {
		return this.jdbc.sql("SELECT * FROM orders WHERE id = :id AND customer_id = :customerId")
			.param("id", id)
			.param("customerId", customerId)
			.query(ORDER)
			.optional();
	}

	Optional<Order> findByIdempotencyKey(String customerId, String idempotencyKey) {
		return this.jdbc.sql("SELECT * FROM orders WHERE customer_id = :customerId AND idempotency_key = :key")
			.param("customerId", customerId)
			.param("key", idempotencyKey)
			.query(ORDER)
			.optional();
	}

	List<Order> findPage(String customerId, int page, int size) {
		return this.jdbc.sql("""
				SELECT * FROM orders WHERE customer_id = :customerId
				ORDER BY created_at DESC, id DESC LIMIT :limit OFFSET :offset""")
			.param("customerId", customerId)
			.param("limit", size)
			.param("offset", (long) page * size)
			.query(ORDER)
			.list();
	}

	long countForCustomer(String customerId) {
		return this.jdbc.sql("SELECT count(*) FROM orders WHERE customer_id = :customerId")
			.param("customerId", customerId)
			.query(Long.class)
			.single();
	}

	/**
	 * Reads an order and locks it until the surrounding transaction ends.
	 * @param id the order
	 * @return the order, or empty when there is none
	 */
	Optional<Order> lockById(UUID id) {
		return this.jdbc.sql("SELECT * FROM orders WHERE id = :id FOR UPDATE").param("id", id).query(ORDER).optional();
	}

	Optional<Order> lockByPaymentReference(String reference) {
		return this.jdbc.sql("SELECT * FROM orders WHERE payment_reference = :reference FOR UPDATE")
			.param("reference", reference)
			.query(ORDER)
			.optional();
	}

	/**
	 * Stores how an unpaid order is paid, unless instructions were stored meanwhile.
	 * @param id the order
	 * @param instructions the provider's instructions
	 * @return whether they were stored
	 */
	@Transactional
	boolean storePaymentInstructions(UUID id, PaymentInstructions instructions) {
		int updated = this.jdbc.sql("""
				UPDATE orders SET payment_provider = :provider, payment_reference = :reference,
				    payment_checkout_url = :checkoutUrl, payment_client_secret = :clientSecret, updated_at = now()
				WHERE id = :id AND status = 'AWAITING_PAYMENT' AND payment_reference IS NULL""")
			.param("id", id)
			.param("provider", instructions.provider())
			.param("reference", instructions.reference())
			.param("checkoutUrl", instructions.checkoutUrl())
			.param("clientSecret", instructions.clientSecret())
			.update();
		if (updated == 0) {
			return false;
		}
		recordEvent(id, OrderEventType.PAYMENT_STARTED, OrderState.AWAITING_PAYMENT, OrderState.AWAITING_PAYMENT,
				"Payment started with " + instructions.provider() + ", reference '" + instructions.reference() + "'");
		return true;
	}

	/**
	 * Applies a change if the order still has the version it was read with, and records
	 * it in the order's history.
	 * @param update the change
	 * @return whether it was applied; {@code false} when the order changed meanwhile
	 */
	@Transactional
	boolean apply(OrderUpdate update) {
		int updated = this.jdbc.sql(update.sql()).params(update.parameters()).update();
		if (updated == 0) {
			return false;
		}
		if (update.refundOwed()) {
			queueRefundOfAppliedPayment(update.order().id());
		}
		OrderEventType eventType = update.eventType();
		if (eventType != null) {
			recordEvent(update.order().id(), eventType, update.order().state(), update.target(), update.detail());
		}
		return true;
	}

	/**
	 * Claims the paid order that has waited longest, marks it as being purchased and
	 * commits that before anything is sent to Dancity.
	 * @param lease how long the purchase may take before the order counts as interrupted
	 * @return the claimed order, or empty when none is due
	 */
	@Transactional
	Optional<Order> claimNextPurchase(Duration lease) {
		Optional<Order> claimed = this.jdbc.sql("""
				WITH next AS (
				    SELECT id FROM orders WHERE status = 'PAID' AND next_attempt_at <= now()
				    ORDER BY paid_at, id LIMIT 1 FOR UPDATE SKIP LOCKED)
				UPDATE orders o SET status = 'PURCHASING', purchase_attempts = o.purchase_attempts + 1,
				    purchase_sent_at = now(), next_attempt_at = now() + (:leaseMillis * interval '1 millisecond'),
				    version = o.version + 1, updated_at = now()
				FROM next WHERE o.id = next.id
				RETURNING o.*""").param("leaseMillis", lease.toMillis()).query(ORDER).optional();
		claimed.ifPresent((order) -> recordEvent(order.id(), OrderEventType.PURCHASE_STARTED, OrderState.PAID,
				OrderState.PURCHASING, "Purchase attempt " + order.purchaseAttempts() + " of package '"
						+ order.packageCode() + "' with customerRef '" + order.customerRef() + "'"));
		return claimed;
	}

	/**
	 * Claims purchases whose outcome is unclear and are due for a lookup, including those
	 * left marked as being purchased after their lease ran out (a stopped instance),
	 * which become unclear.
	 * @param lease how long the lookup may take before another worker may take the order
	 * @param limit most orders to claim
	 * @return the claimed orders
	 */
	@Transactional
	List<Order> claimUnclearPurchases(Duration lease, int limit) {
		List<ClaimedOrder> claimed = this.jdbc.sql("""
				WITH due AS (
				    SELECT id, status FROM orders
				    WHERE status IN ('PURCHASING', 'PURCHASE_UNCLEAR') AND next_attempt_at <= now()
				    ORDER BY next_attempt_at, id LIMIT :limit FOR UPDATE SKIP LOCKED)
				UPDATE orders o SET status = 'PURCHASE_UNCLEAR',
				    step_attempts = CASE WHEN due.status = 'PURCHASING' THEN 0 ELSE o.step_attempts END,
				    next_attempt_at = now() + (:leaseMillis * interval '1 millisecond'),
				    version = o.version + 1, updated_at = now()
				FROM due WHERE o.id = due.id
				RETURNING o.*, due.status AS previous_status""")
			.param("limit", limit)
			.param("leaseMillis", lease.toMillis())
			.query((rs, row) -> new ClaimedOrder(mapOrder(rs, row),
					OrderState.valueOf(rs.getString("previous_status"))))
			.list();
		claimed.stream()
			.filter((claim) -> claim.previous() == OrderState.PURCHASING)
			.forEach((claim) -> recordEvent(claim.order().id(), OrderEventType.PURCHASE_INTERRUPTED,
					OrderState.PURCHASING, OrderState.PURCHASE_UNCLEAR,
					"Still marked as being purchased after its lease (attempt " + claim.order().purchaseAttempts()
							+ " sent at " + claim.order().purchaseSentAt() + "); looking it up at Dancity"));
		return claimed.stream().map(ClaimedOrder::order).toList();
	}

	/**
	 * Claims bought orders due for a provisioning check.
	 * @param lease how long the check may take before another worker may take the order
	 * @param limit most orders to claim
	 * @return the claimed orders
	 */
	@Transactional
	List<Order> claimProvisioning(Duration lease, int limit) {
		return this.jdbc.sql("""
				WITH due AS (
				    SELECT id FROM orders WHERE status = 'PROVISIONING' AND next_attempt_at <= now()
				    ORDER BY next_attempt_at, id LIMIT :limit FOR UPDATE SKIP LOCKED)
				UPDATE orders o SET next_attempt_at = now() + (:leaseMillis * interval '1 millisecond'),
				    version = o.version + 1, updated_at = now()
				FROM due WHERE o.id = due.id
				RETURNING o.*""").param("limit", limit).param("leaseMillis", lease.toMillis()).query(ORDER).list();
	}

	/**
	 * Cancels unpaid orders whose payment window has passed.
	 * @return the cancelled orders' ids
	 */
	@Transactional
	List<UUID> expireUnpaid() {
		return this.jdbc.sql("""
				WITH expired AS (
				    UPDATE orders SET status = 'CANCELLED', failure_reason = 'Not paid in time', next_attempt_at = NULL,
				        version = version + 1, updated_at = now()
				    WHERE status = 'AWAITING_PAYMENT' AND payment_expires_at <= now()
				    RETURNING id)
				INSERT INTO order_events (order_id, type, from_status, to_status, detail)
				SELECT id, 'EXPIRED', 'AWAITING_PAYMENT', 'CANCELLED', 'Not paid within the payment window' FROM expired
				RETURNING order_id""").query(UUID.class).list();
	}

	/**
	 * Flags paid orders still not fulfilled long after payment. The version is left alone
	 * so that a worker in the middle of a step can still record its outcome.
	 * @param limit how long after payment an order counts as stuck
	 * @return the newly flagged orders
	 */
	@Transactional
	List<Order> flagStuck(Duration limit) {
		List<Order> flagged = this.jdbc.sql("""
				UPDATE orders SET needs_attention = true,
				    attention_reason = 'Still ' || status || ' more than ' || :limitText || ' after payment'
				WHERE status IN ('PAID', 'PURCHASING', 'PURCHASE_UNCLEAR', 'PROVISIONING') AND NOT needs_attention
				    AND paid_at <= now() - (:limitMillis * interval '1 millisecond')
				RETURNING *""")
			.param("limitText", DurationText.of(limit))
			.param("limitMillis", limit.toMillis())
			.query(ORDER)
			.list();
		flagged.forEach((order) -> recordEvent(order.id(), OrderEventType.ATTENTION_NEEDED, order.state(),
				order.state(), order.attentionReason()));
		return flagged;
	}

	/**
	 * Flags an order for a person to look at, without changing its state or version.
	 * @param id the order
	 * @param state its current state, for the history
	 * @param reason why
	 */
	@Transactional
	void flagAttention(UUID id, OrderState state, String reason) {
		this.jdbc.sql("UPDATE orders SET needs_attention = true, attention_reason = :reason WHERE id = :id")
			.param("id", id)
			.param("reason", reason)
			.update();
		recordEvent(id, OrderEventType.ATTENTION_NEEDED, state, state, reason);
	}

	/**
	 * Makes the payment that paid an order due for refund, unless its refund already
	 * started.
	 * @param orderId the order
	 */
	private void queueRefundOfAppliedPayment(UUID orderId) {
		this.jdbc.sql("""
				UPDATE order_payments SET refund_state = 'REFUND_PENDING', refund_next_attempt_at = now(),
				    refund_updated_at = now()
				WHERE order_id = :orderId AND outcome = 'APPLIED' AND refund_state IS NULL""")
			.param("orderId", orderId)
			.update();
	}

	/**
	 * Keeps an unpaid order open at least for a while longer, because its provider
	 * reported a payment that is still being verified.
	 * @param paymentReference the order's payment reference
	 * @param hold how long from now it stays open at least
	 * @param detail what the history records
	 * @return the order whose window was held, empty when no unpaid order has the
	 * reference
	 */
	@Transactional
	Optional<UUID> holdPaymentWindow(String paymentReference, Duration hold, String detail) {
		Optional<UUID> held = this.jdbc.sql("""
				UPDATE orders SET payment_expires_at = greatest(payment_expires_at,
				    now() + (:holdMillis * interval '1 millisecond')), updated_at = now()
				WHERE payment_reference = :reference AND status = 'AWAITING_PAYMENT'
				RETURNING id""")
			.param("reference", paymentReference)
			.param("holdMillis", hold.toMillis())
			.query(UUID.class)
			.optional();
		held.ifPresent((id) -> recordEvent(id, OrderEventType.PAYMENT_NOTIFIED, OrderState.AWAITING_PAYMENT,
				OrderState.AWAITING_PAYMENT, detail));
		return held;
	}

	/**
	 * Makes an order being fulfilled due for its next check now, because Dancity reported
	 * something about its purchase. The version is left alone, so that a check already
	 * under way still records what it finds.
	 * @param reference the order's customerRef, or Dancity's id of its purchase
	 * @param detail what the history records
	 * @return the orders brought forward, none when no order being fulfilled has the
	 * reference
	 */
	@Transactional
	List<UUID> checkSoon(String reference, String detail) {
		List<HintedOrder> hinted = this.jdbc.sql("""
				UPDATE orders SET next_attempt_at = least(coalesce(next_attempt_at, now()), now()),
				    updated_at = now()
				WHERE status IN ('PURCHASE_UNCLEAR', 'PROVISIONING')
				    AND (customer_ref = :reference OR dancity_transaction_id = :reference
				         OR dancity_tranx_id = :reference)
				RETURNING id, status""")
			.param("reference", reference)
			.query((rs, row) -> new HintedOrder(rs.getObject("id", UUID.class),
					OrderState.valueOf(rs.getString("status"))))
			.list();
		hinted.forEach((order) -> recordEvent(order.id(), OrderEventType.DANCITY_NOTIFIED, order.state(), order.state(),
				detail));
		return hinted.stream().map(HintedOrder::id).toList();
	}

	Optional<UUID> findIdByPaymentReference(String paymentReference) {
		return this.jdbc.sql("SELECT id FROM orders WHERE payment_reference = :reference")
			.param("reference", paymentReference)
			.query(UUID.class)
			.optional();
	}

	/**
	 * What Dancity will still charge for orders already paid: those not bought yet or
	 * whose purchase outcome is unclear, and those bought since a given moment, which a
	 * balance read before that moment does not reflect.
	 * @param boughtSince when the balance they are held against was read
	 * @return the wholesale cost, in NGN
	 */
	Money wholesaleCostInFlight(Instant boughtSince) {
		BigDecimal total = this.jdbc.sql("""
				SELECT coalesce(sum(wholesale_cost_amount), 0) FROM orders
				WHERE wholesale_cost_currency = 'NGN'
				    AND (status IN ('PAID', 'PURCHASING', 'PURCHASE_UNCLEAR')
				         OR (status IN ('PROVISIONING', 'COMPLETED') AND purchase_sent_at >= :since))""")
			.param("since", timestamp(boughtSince))
			.query(BigDecimal.class)
			.single();
		return Money.of(total, Money.NGN);
	}

	/**
	 * The payments of some orders that are owed back or were given back.
	 * @param orderIds the orders
	 * @return their refunds, oldest payment first
	 */
	List<RefundLine> findRefunds(Collection<UUID> orderIds) {
		if (orderIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				SELECT order_id, amount, currency, refund_state FROM order_payments
				WHERE order_id IN (:orderIds) AND refund_state IS NOT NULL ORDER BY id""")
			.param("orderIds", orderIds)
			.query((rs, row) -> new RefundLine(rs.getObject("order_id", UUID.class), money(rs, "amount", "currency"),
					RefundState.valueOf(rs.getString("refund_state"))))
			.list();
	}

	void recordEvent(UUID orderId, OrderEventType type, @Nullable OrderState from, @Nullable OrderState to,
			@Nullable String detail) {
		this.jdbc.sql("""
				INSERT INTO order_events (order_id, type, from_status, to_status, detail)
				VALUES (:orderId, :type, :from, :to, :detail)""")
			.param("orderId", orderId)
			.param("type", type.name())
			.param("from", (from != null) ? from.name() : null)
			.param("to", (to != null) ? to.name() : null)
			.param("detail", detail)
			.update();
	}

	Optional<RecordedPayment> findPayment(String provider, String providerPaymentId) {
		return this.jdbc.sql(
				"SELECT order_id, outcome FROM order_payments WHERE provider = :provider AND provider_payment_id = :id")
			.param("provider", provider)
			.param("id", providerPaymentId)
			.query((rs, row) -> new RecordedPayment(rs.getObject("order_id", UUID.class),
					PaymentOutcome.valueOf(rs.getString("outcome"))))
			.optional();
	}

	void insertPayment(UUID orderId, PaymentReceived payment, PaymentOutcome outcome, @Nullable String reason) {
		this.jdbc.sql("""
				INSERT INTO order_payments (order_id, provider, provider_payment_id, amount, currency, outcome, reason,
				    refund_state, refund_next_attempt_at)
				VALUES (:orderId, :provider, :providerPaymentId, :amount, :currency, :outcome, :reason, :refundState,
				    CASE WHEN :refundDue THEN now() END)""")
			.param("orderId", orderId)
			.param("provider", payment.provider())
			.param("providerPaymentId", payment.providerPaymentId())
			.param("amount", payment.amount().amount())
			.param("currency", payment.amount().currency().getCurrencyCode())
			.param("outcome", outcome.name())
			.param("reason", reason)
			.param("refundState",
					(outcome == PaymentOutcome.REFUND_REQUIRED) ? RefundState.REFUND_PENDING.name() : null)
			.param("refundDue", outcome == PaymentOutcome.REFUND_REQUIRED)
			.update();
	}

	private static Order mapOrder(ResultSet rs, int row) throws SQLException {
		String paymentReference = rs.getString("payment_reference");
		PaymentInstructions payment = (paymentReference != null)
				? new PaymentInstructions(rs.getString("payment_provider"), paymentReference,
						rs.getString("payment_checkout_url"), rs.getString("payment_client_secret"))
				: null;
		String refundState = rs.getString("refund_state");
		return new Order(rs.getObject("id", UUID.class), rs.getString("customer_id"), rs.getString("idempotency_key"),
				rs.getString("request_fingerprint"), OrderType.valueOf(rs.getString("type")),
				OrderState.valueOf(rs.getString("status")), rs.getString("package_code"), rs.getString("package_name"),
				rs.getString("region_code"), rs.getLong("data_bytes"), rs.getInt("validity_days"),
				money(rs, "price_amount", "price_currency"),
				money(rs, "wholesale_cost_amount", "wholesale_cost_currency"), rs.getString("customer_ref"),
				rs.getObject("esim_id", UUID.class), rs.getString("topup_iccid"), payment,
				requiredInstant(rs, "payment_expires_at"), instant(rs, "paid_at"), rs.getInt("purchase_attempts"),
				instant(rs, "purchase_sent_at"), rs.getString("dancity_transaction_id"),
				rs.getString("dancity_tranx_id"), rs.getInt("step_attempts"), instant(rs, "next_attempt_at"),
				rs.getString("failure_reason"), (refundState != null) ? RefundState.valueOf(refundState) : null,
				rs.getBoolean("needs_attention"), rs.getString("attention_reason"), requiredInstant(rs, "created_at"),
				instant(rs, "completed_at"), rs.getLong("version"));
	}

	static Money money(ResultSet rs, String amountColumn, String currencyColumn) throws SQLException {
		return Money.of(rs.getBigDecimal(amountColumn), Currency.getInstance(rs.getString(currencyColumn).strip()));
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

	private static Instant requiredInstant(ResultSet rs, String column) throws SQLException {
		Instant value = instant(rs, column);
		if (value == null) {
			throw new SQLException("Column '" + column + "' is unexpectedly null");
		}
		return value;
	}

	private static OffsetDateTime timestamp(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	/**
	 * An order just claimed, with the state it was claimed from.
	 *
	 * @param order the order after the claim
	 * @param previous its state before
	 */
	private record ClaimedOrder(Order order, OrderState previous) {
	}

	/**
	 * An order whose next check was brought forward, with the state it is in.
	 *
	 * @param id the order
	 * @param state its state
	 */
	private record HintedOrder(UUID id, OrderState state) {
	}

}
