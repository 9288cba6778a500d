package org.esimstore.checkout;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A change of one order's state, applied only if nobody changed the order since it was
 * read (same version), and recorded in its history.
 */
final class OrderUpdate {

	private final Order order;

	private final OrderState target;

	private final Map<String, String> assignments = new LinkedHashMap<>();

	private final Map<String, @Nullable Object> parameters = new LinkedHashMap<>();

	private final @Nullable OrderEventType eventType;

	private @Nullable String detail;

	private boolean refundOwed;

	private OrderUpdate(Order order, OrderState target, @Nullable OrderEventType eventType) {
		this.order = order;
		this.target = target;
		this.eventType = eventType;
	}

	/**
	 * Starts a change of an order as it was read.
	 * @param order the order as read, whose version must still be current
	 * @param target the state it moves to (possibly the same)
	 * @param eventType what the history records
	 * @return the change, to refine
	 */
	static OrderUpdate of(Order order, OrderState target, OrderEventType eventType) {
		return new OrderUpdate(order, target, eventType);
	}

	/**
	 * Starts a change that keeps the order in its state, such as scheduling the next
	 * attempt of a step; the history does not record it.
	 * @param order the order as read, whose version must still be current
	 * @return the change, to refine
	 */
	static OrderUpdate unchanged(Order order) {
		return new OrderUpdate(order, order.state(), null);
	}

	OrderUpdate detail(String detail) {
		this.detail = detail;
		return this;
	}

	OrderUpdate nextAttemptIn(Duration delay) {
		this.assignments.put("next_attempt_at", "now() + (:nextAttemptMillis * interval '1 millisecond')");
		this.parameters.put("nextAttemptMillis", delay.toMillis());
		return this;
	}

	OrderUpdate noNextAttempt() {
		this.assignments.put("next_attempt_at", "NULL");
		return this;
	}

	OrderUpdate stepAttempts(int attempts) {
		return set("step_attempts", attempts);
	}

	OrderUpdate purchaseAttempts(int attempts) {
		return set("purchase_attempts", attempts);
	}

	OrderUpdate paidNow() {
		this.assignments.put("paid_at", "now()");
		return this;
	}

	OrderUpdate completedNow() {
		this.assignments.put("completed_at", "now()");
		return this;
	}

	OrderUpdate dancityIds(@Nullable String transactionId, @Nullable String tranxId) {
		this.assignments.put("dancity_transaction_id", "coalesce(:dancityTransactionId, dancity_transaction_id)");
		this.parameters.put("dancityTransactionId", transactionId);
		this.assignments.put("dancity_tranx_id", "coalesce(:dancityTranxId, dancity_tranx_id)");
		this.parameters.put("dancityTranxId", tranxId);
		return this;
	}

	OrderUpdate esimId(UUID esimId) {
		return set("esim_id", esimId);
	}

	OrderUpdate failed(String reason, boolean refundOwed) {
		set("failure_reason", reason);
		this.refundOwed = refundOwed;
		return refundOwed ? set("refund_state", RefundState.REFUND_PENDING.name()) : this;
	}

	OrderUpdate needsAttention(String reason) {
		set("needs_attention", true);
		return set("attention_reason", reason);
	}

	private OrderUpdate set(String column, @Nullable Object value) {
		String parameter = "value_" + this.assignments.size();
		this.assignments.put(column, ":" + parameter);
		this.parameters.put(parameter, value);
		return this;
	}

	Order order() {
		return this.order;
	}

	OrderState target() {
		return this.target;
	}

	@Nullable OrderEventType eventType() {
		return this.eventType;
	}

	@Nullable String detail() {
		return this.detail;
	}

	/**
	 * Whether the change makes the payment that paid the order owed back.
	 * @return true when the order failed after it was paid
	 */
	boolean refundOwed() {
		return this.refundOwed;
	}

	String sql() {
		StringBuilder sql = new StringBuilder(
				"UPDATE orders SET status = :targetState, version = version + 1, updated_at = now()");
		this.assignments
			.forEach((column, expression) -> sql.append(", ").append(column).append(" = ").append(expression));
		return sql.append(" WHERE id = :id AND version = :version").toString();
	}

	Map<String, @Nullable Object> parameters() {
		Map<String, @Nullable Object> all = new LinkedHashMap<>(this.parameters);
		all.put("targetState", this.target.name());
		all.put("id", this.order.id());
		all.put("version", this.order.version());
		return all;
	}

}
