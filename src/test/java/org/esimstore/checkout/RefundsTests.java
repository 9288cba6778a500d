package org.esimstore.checkout;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import org.esimstore.checkout.CheckoutProperties.Backoff;
import org.esimstore.checkout.CheckoutProperties.RefundMode;
import org.esimstore.checkout.RefundRepository.RefundChange;
import org.esimstore.money.Money;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the refund worker records for each answer of the provider, and that with refunds
 * set to manual it sends nothing.
 */
class RefundsTests {

	private static final Backoff RETRY = new Backoff(Duration.ofSeconds(30), Duration.ofMinutes(30));

	private final StubRepository repository = new StubRepository();

	@Test
	void recordsARefundTheProviderAccepted() {
		RefundChange change = refundOnce(false, (refund) -> new RefundResult.Accepted("re_1", "succeeded"));

		assertThat(change.state()).isEqualTo(RefundState.REFUNDED);
		assertThat(change.refundId()).isEqualTo("re_1");
		assertThat(change.retryIn()).isNull();
		assertThat(change.eventType()).isEqualTo(OrderEventType.REFUNDED);
		assertThat(change.attention()).isNull();
	}

	@Test
	void triesARefundThatDidNotReachTheProviderAgainLater() {
		RefundChange change = refundOnce(false, (refund) -> new RefundResult.NotSent("connection refused"));

		assertThat(change.state()).isEqualTo(RefundState.REFUND_PENDING);
		assertThat(change.outcomeUnclear()).isFalse();
		assertThat(change.retryIn()).isEqualTo(RETRY.initial());
		assertThat(change.eventType()).isEqualTo(OrderEventType.REFUND_DEFERRED);
	}

	@Test
	void marksARefundWithoutAnAnswerUnclearSoThatTheNextAttemptChecksFirst() {
		RefundChange unanswered = refundOnce(false, (refund) -> new RefundResult.OutcomeUnknown("read timed out"));
		RefundChange thrown = refundOnce(false, (refund) -> {
			throw new IllegalStateException("unexpected");
		});

		assertThat(List.of(unanswered, thrown)).allSatisfy((change) -> {
			assertThat(change.state()).isEqualTo(RefundState.REFUND_PENDING);
			assertThat(change.outcomeUnclear()).isTrue();
			assertThat(change.retryIn()).isNotNull();
		});
	}

	@Test
	void tellsTheGatewayWhenAnEarlierAttemptMayHaveReachedTheProvider() {
		List<PaymentRefund> asked = new ArrayList<>();

		refundOnce(true, (refund) -> {
			asked.add(refund);
			return new RefundResult.Accepted("re_2", "pending");
		});

		assertThat(asked).singleElement().satisfies((refund) -> {
			assertThat(refund.afterUnclearAttempt()).isTrue();
			assertThat(refund.providerPaymentId()).isEqualTo("pi_1");
			assertThat(refund.amount()).isEqualTo(Money.of("3700", "NGN"));
		});
	}

	@Test
	void leavesARefundTheProviderRefusedToTheMerchantAndFlagsIt() {
		RefundChange change = refundOnce(false, (refund) -> new RefundResult.Refused("charge disputed"));

		assertThat(change.state()).isEqualTo(RefundState.REFUND_MANUAL);
		assertThat(change.retryIn()).isNull();
		assertThat(change.attention()).contains("charge disputed");
	}

	@Test
	void sendsNothingWhenRefundsAreManual() {
		FakeGateway gateway = new FakeGateway((refund) -> new RefundResult.Accepted("re_3", "succeeded"));
		this.repository.claimable.add(claimed(false));

		refunds(RefundMode.MANUAL, gateway).refundDue();

		assertThat(this.repository.handedOverAllManual).containsExactly(true);
		assertThat(this.repository.claims).isZero();
		assertThat(gateway.calls).isZero();
	}

	private RefundChange refundOnce(boolean afterUnclearAttempt, Function<PaymentRefund, RefundResult> answer) {
		this.repository.claimable.clear();
		this.repository.finished.clear();
		this.repository.claimable.add(claimed(afterUnclearAttempt));

		refunds(RefundMode.AUTOMATIC, new FakeGateway(answer)).refundDue();

		assertThat(this.repository.handedOverAllManual).last().isEqualTo(false);
		return this.repository.finished.get(0);
	}

	private Refunds refunds(RefundMode mode, FakeGateway gateway) {
		CheckoutProperties properties = new CheckoutProperties(Duration.ofSeconds(2), Duration.ofMinutes(1),
				Duration.ofMinutes(5), Duration.ofMinutes(30), Duration.ofMinutes(2), RETRY, RETRY,
				Duration.ofMinutes(5), RETRY, Duration.ofMinutes(30), 10,
				new CheckoutProperties.Refunds(mode, Duration.ofMinutes(2), RETRY),
				new CheckoutProperties.SupplierBalance(true, Duration.ofSeconds(15)));
		return new Refunds(this.repository, new PaymentGateways(List.of(gateway), "stripe"), properties);
	}

	private static ClaimedRefund claimed(boolean afterUnclearAttempt) {
		return new ClaimedRefund(7, UUID.randomUUID(), OrderState.FAILED, "stripe", "pi_1", Money.of("3700", "NGN"),
				PaymentOutcome.APPLIED, "The provider could not supply this package", 1, afterUnclearAttempt);
	}

	/**
	 * The refund rows as the worker sees them, without a database.
	 */
	private static final class StubRepository extends RefundRepository {

		final List<ClaimedRefund> claimable = new ArrayList<>();

		final List<RefundChange> finished = new ArrayList<>();

		final List<Boolean> handedOverAllManual = new ArrayList<>();

		int claims;

		StubRepository() {
			super(null, null);
		}

		@Override
		List<ClaimedRefund> handOverToMerchant(boolean allManual, List<String> refundableProviders) {
			this.handedOverAllManual.add(allManual);
			return List.of();
		}

		@Override
		List<ClaimedRefund> claimDue(List<String> refundableProviders, Duration lease, int limit) {
			this.claims++;
			return List.copyOf(this.claimable);
		}

		@Override
		boolean finish(ClaimedRefund refund, RefundChange change) {
			this.finished.add(change);
			return true;
		}

	}

	/**
	 * A Stripe gateway that answers refunds as told.
	 */
	private static final class FakeGateway implements PaymentGateway {

		private final Function<PaymentRefund, RefundResult> answer;

		int calls;

		FakeGateway(Function<PaymentRefund, RefundResult> answer) {
			this.answer = answer;
		}

		@Override
		public String provider() {
			return "stripe";
		}

		@Override
		public PaymentInstructions start(PayableOrder order) {
			throw new UnsupportedOperationException();
		}

		@Override
		public RefundResult refund(PaymentRefund refund) {
			this.calls++;
			return this.answer.apply(refund);
		}

	}

}
