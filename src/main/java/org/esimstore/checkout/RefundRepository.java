package org.esimstore.checkout;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The refunds owed on payments, as a state machine on each payment's row: a worker claims
 * a due refund with {@code FOR UPDATE SKIP LOCKED} and commits it as being sent before
 * calling the provider, and every later change is conditional on the attempt it claimed,
 * so that no refund is sent by two workers or overwritten by a late answer.
 */
@Repository
class RefundRepository {

	private final JdbcClient jdbc;

	private final OrderRepository orders;

	RefundRepository(JdbcClient jdbc, OrderRepository orders) {
		this.jdbc = jdbc;
		this.orders = orders;
	}

	/**
	 * Leaves due refunds to the merchant when they cannot or must not be sent
	 * automatically, and flags their orders.
	 * @param allManual whether every refund is left to the merchant
	 * @param refundableProviders providers a gateway can refund
	 * @return the refunds handed over
	 */
	@Transactional
	List<ClaimedRefund> handOverToMerchant(boolean allManual, List<String> refundableProviders) {
		List<ClaimedRefund> handedOver = this.jdbc.sql("""
				UPDATE order_payments p SET refund_state = 'REFUND_MANUAL', refund_next_attempt_at = NULL,
				    refund_updated_at = now()
				FROM orders o
				WHERE o.id = p.order_id AND p.refund_state = 'REFUND_PENDING'
				    AND (:allManual OR p.provider NOT IN (:providers))
				RETURNING p.*, o.status AS order_status, o.failure_reason""")
			.param("allManual", allManual)
			.param("providers", nonEmpty(refundableProviders))
			.query((rs, row) -> claimed(rs))
			.list();
		for (ClaimedRefund refund : handedOver) {
			mirrorOnOrder(refund, RefundState.REFUND_MANUAL);
			String reason = allManual ? "refunds are set to manual"
					: "no payment gateway can refund payments of provider '" + refund.provider() + "'";
			this.orders.recordEvent(refund.orderId(), OrderEventType.REFUND_MANUAL, refund.orderState(),
					refund.orderState(), "Refund of " + refund.amount() + " (" + refund.provider() + " payment '"
							+ refund.providerPaymentId() + "') left to the merchant: " + reason);
			this.orders.flagAttention(refund.orderId(), refund.orderState(),
					"Refund " + refund.amount() + " to the customer by hand: " + reason);
		}
		return handedOver;
	}

	/**
	 * Claims due refunds, including those still marked as being sent after their lease (a
	 * stopped instance), whose outcome becomes unclear.
	 * @param refundableProviders providers a gateway can refund
	 * @param lease how long the refund call may take
	 * @param limit most refunds to claim
	 * @return the claimed refunds
	 */
	@Transactional
	List<ClaimedRefund> claimDue(List<String> refundableProviders, Duration lease, int limit) {
		List<ClaimedRefund> claimed = this.jdbc
			.sql("""
					WITH due AS (
					    SELECT id, refund_state FROM order_payments
					    WHERE refund_state IN ('REFUND_PENDING', 'REFUNDING') AND refund_next_attempt_at <= now()
					        AND provider IN (:providers)
					    ORDER BY refund_next_attempt_at, id LIMIT :limit FOR UPDATE SKIP LOCKED)
					UPDATE order_payments p SET refund_state = 'REFUNDING', refund_attempts = p.refund_attempts + 1,
					    refund_outcome_unclear = p.refund_outcome_unclear OR due.refund_state = 'REFUNDING',
					    refund_next_attempt_at = now() + (:leaseMillis * interval '1 millisecond'), refund_updated_at = now()
					FROM due, orders o
					WHERE p.id = due.id AND o.id = p.order_id
					RETURNING p.*, o.status AS order_status, o.failure_reason""")
			.param("providers", nonEmpty(refundableProviders))
			.param("limit", limit)
			.param("leaseMillis", lease.toMillis())
			.query((rs, row) -> claimed(rs))
			.list();
		for (ClaimedRefund refund : claimed) {
			mirrorOnOrder(refund, RefundState.REFUNDING);
			this.orders.recordEvent(refund.orderId(), OrderEventType.REFUND_STARTED, refund.orderState(),
					refund.orderState(),
					"Refund attempt " + refund.attempts() + " of " + refund.amount() + " through " + refund.provider()
							+ " (payment '" + refund.providerPaymentId() + "')"
							+ (refund.afterUnclearAttempt() ? " after an attempt with an unclear outcome" : ""));
		}
		return claimed;
	}

	/**
	 * Records what came of a claimed refund, if nobody changed it since the claim.
	 * @param refund the refund as claimed
	 * @param change what came of it
	 * @return whether it was recorded; {@code false} when the claim was lost meanwhile
	 */
	@Transactional
	boolean finish(ClaimedRefund refund, RefundChange change) {
		int updated = this.jdbc
			.sql("""
					UPDATE order_payments SET refund_state = :state, refund_id = coalesce(:refundId, refund_id),
					    refund_next_attempt_at = CASE WHEN :retry THEN now() + (:retryMillis * interval '1 millisecond') END,
					    refund_outcome_unclear = refund_outcome_unclear OR :unclear, refund_updated_at = now()
					WHERE id = :id AND refund_state = 'REFUNDING' AND refund_attempts = :attempts""")
			.param("state", change.state().name())
			.param("refundId", change.refundId())
			.param("retry", change.retryIn() != null)
			.param("retryMillis", (change.retryIn() != null) ? change.retryIn().toMillis() : 0L)
			.param("unclear", change.outcomeUnclear())
			.param("id", refund.paymentRecordId())
			.param("attempts", refund.attempts())
			.update();
		if (updated == 0) {
			return false;
		}
		mirrorOnOrder(refund, change.state());
		this.orders.recordEvent(refund.orderId(), change.eventType(), refund.orderState(), refund.orderState(),
				change.detail());
		if (change.attention() != null) {
			this.orders.flagAttention(refund.orderId(), refund.orderState(), change.attention());
		}
		return true;
	}

	private void mirrorOnOrder(ClaimedRefund refund, RefundState state) {
		if (refund.outcome() == PaymentOutcome.APPLIED) {
			this.jdbc.sql("UPDATE orders SET refund_state = :state, updated_at = now() WHERE id = :id")
				.param("state", state.name())
				.param("id", refund.orderId())
				.update();
		}
	}

	private static ClaimedRefund claimed(ResultSet rs) throws SQLException {
		String reason = rs.getString("reason");
		return new ClaimedRefund(rs.getLong("id"), rs.getObject("order_id", UUID.class),
				OrderState.valueOf(rs.getString("order_status")), rs.getString("provider"),
				rs.getString("provider_payment_id"), OrderRepository.money(rs, "amount", "currency"),
				PaymentOutcome.valueOf(rs.getString("outcome")),
				(reason != null) ? reason : rs.getString("failure_reason"), rs.getInt("refund_attempts"),
				rs.getBoolean("refund_outcome_unclear"));
	}

	private static List<String> nonEmpty(List<String> providers) {
		// IN () is not valid SQL; no provider is named the empty string
		return providers.isEmpty() ? List.of("") : providers;
	}

	/**
	 * What came of a refund attempt.
	 *
	 * @param state where the refund stands now
	 * @param refundId the provider's id of the refund, once known
	 * @param retryIn when to try again, {@code null} when no further attempt is due
	 * @param outcomeUnclear whether the attempt may have reached the provider unanswered
	 * @param eventType what the order's history records
	 * @param detail the history's detail
	 * @param attention why the merchant has to look at it, {@code null} when not needed
	 */
	record RefundChange(RefundState state, @Nullable String refundId, @Nullable Duration retryIn,
			boolean outcomeUnclear, OrderEventType eventType, String detail, @Nullable String attention) {
	}

}
