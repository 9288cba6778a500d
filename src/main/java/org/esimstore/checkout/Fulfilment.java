package org.esimstore.checkout;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.esimstore.dancity.DancityAuthenticationException;
import org.esimstore.dancity.DancityClient;
import org.esimstore.dancity.DancityEsimDetails;
import org.esimstore.dancity.DancityException;
import org.esimstore.dancity.DancityInsufficientBalanceException;
import org.esimstore.dancity.DancityNotFoundException;
import org.esimstore.dancity.DancityPurchase;
import org.esimstore.dancity.DancityPurchaseFailedException;
import org.esimstore.dancity.DancityPurchaseRequest;
import org.esimstore.dancity.DancityRateLimitedException;
import org.esimstore.dancity.DancityRejectedException;
import org.esimstore.dancity.DancityTransaction;
import org.esimstore.dancity.EsimStatus;
import org.esimstore.dancity.Masking;
import org.esimstore.dancity.TransactionStatus;
import org.esimstore.esim.CustomerEsim;
import org.esimstore.esim.EsimRegistration;
import org.esimstore.esim.Esims;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Buys paid orders from Dancity exactly once and sees them through provisioning.
 * <p>
 * An order is claimed and committed as being purchased before the purchase call, so that
 * whatever happens next it is never forgotten. A purchase is sent again only when its
 * customerRef is clearly unknown to Dancity a grace period after the last call; any
 * unclear outcome (timeout, reset, 5xx, a stopped instance) is settled by looking the
 * customerRef up. Every change is conditional on the version claimed, so a late answer
 * cannot overwrite a newer state.
 */
@Component
class Fulfilment {

	private static final Logger logger = LoggerFactory.getLogger(Fulfilment.class);

	static final String PURCHASE_FAILED_REASON = "The provider could not supply this package; "
			+ "the payment will be refunded";

	static final String PROVISIONING_FAILED_REASON = "The provider cancelled this purchase; the payment will be refunded";

	private final OrderRepository orders;

	private final DancityClient dancity;

	private final Esims esims;

	private final CheckoutProperties properties;

	private final TransactionTemplate transactions;

	Fulfilment(OrderRepository orders, DancityClient dancity, Esims esims, CheckoutProperties properties,
			TransactionTemplate transactions) {
		this.orders = orders;
		this.dancity = dancity;
		this.esims = esims;
		this.properties = properties;
		this.transactions = transactions;
	}

	/**
	 * Buys due paid orders, oldest payment first and one at a time, until none is left, a
	 * batch is done, or Dancity cannot take more for now.
	 */
	void purchaseDueOrders() {
		for (int i = 0; i < this.properties.batchSize(); i++) {
			Optional<Order> claimed = this.orders.claimNextPurchase(this.properties.purchaseLease());
			if (claimed.isEmpty() || !purchase(claimed.get())) {
				return;
			}
		}
	}

	/**
	 * Looks up due purchases whose outcome is unclear, including those a stopped instance
	 * left in the middle of their purchase call.
	 */
	void reconcileUnclearPurchases() {
		List<Order> claimed = this.orders.claimUnclearPurchases(this.properties.purchaseLease(),
				this.properties.batchSize());
		for (Order order : claimed) {
			try {
				reconcile(order);
			}
			catch (RuntimeException ex) {
				retryAfterUnexpected(order, this.properties.reconciliation(), ex);
			}
		}
	}

	/**
	 * Checks due bought orders for an allocated eSIM or an applied top-up.
	 */
	void provisionDueOrders() {
		List<Order> claimed = this.orders.claimProvisioning(this.properties.purchaseLease(),
				this.properties.batchSize());
		for (Order order : claimed) {
			try {
				if (order.type() == OrderType.TOPUP) {
					checkTopUp(order);
				}
				else {
					checkEsim(order);
				}
			}
			catch (RuntimeException ex) {
				retryAfterUnexpected(order, this.properties.provisioningPoll(), ex);
			}
		}
	}

	/**
	 * Sends one claimed order's purchase and records what came of it.
	 * @param order the order, claimed as being purchased
	 * @return whether Dancity can take further purchases now
	 */
	private boolean purchase(Order order) {
		DancityPurchase purchase;
		try {
			purchase = this.dancity
				.purchase(new DancityPurchaseRequest(order.packageCode(), order.customerRef(), order.topUpIccid()));
		}
		catch (DancityPurchaseFailedException ex) {
			failPurchase(order, ex, null);
			return true;
		}
		catch (DancityInsufficientBalanceException ex) {
			failPurchase(order, ex, "Dancity wallet balance too low to buy '" + order.packageCode() + "'");
			return true;
		}
		catch (DancityRejectedException ex) {
			failPurchase(order, ex, null);
			return true;
		}
		catch (DancityRateLimitedException ex) {
			defer(order, ex, ex.retryAfter(), null);
			return false;
		}
		catch (DancityAuthenticationException ex) {
			defer(order, ex, this.properties.purchaseRetry().delay(order.stepAttempts()),
					"Dancity refuses our API key or IP address: " + ex.getMessage());
			return false;
		}
		catch (DancityException ex) {
			if (ex.certainlyNotApplied()) {
				defer(order, ex, this.properties.purchaseRetry().delay(order.stepAttempts()), null);
			}
			else {
				outcomeUnknown(order, ex);
			}
			return false;
		}
		catch (RuntimeException ex) {
			outcomeUnknown(order, ex);
			return false;
		}
		accepted(order, purchase);
		return true;
	}

	private void accepted(Order order, DancityPurchase purchase) {
		logger.info("Dancity accepted the purchase of order {} ({} '{}'): transaction {} ({}), status {}", order.id(),
				order.type(), order.packageCode(), purchase.transactionId(), purchase.tranxId(), purchase.status());
		if (purchase.status().isFailure()) {
			failAfterPurchase(order, OrderEventType.PURCHASE_FAILED, PURCHASE_FAILED_REASON,
					"Dancity answered the purchase with status " + purchase.status());
			return;
		}
		String detail = "Dancity transaction " + purchase.transactionId() + " (" + purchase.tranxId() + "), status "
				+ purchase.status();
		if (order.type() == OrderType.TOPUP && purchase.status() == TransactionStatus.SUCCESS) {
			completeTopUp(order, purchase.transactionId(), purchase.tranxId(), "Top-up applied; " + detail);
			return;
		}
		OrderUpdate update = OrderUpdate.of(order, OrderState.PROVISIONING, OrderEventType.PURCHASE_ACCEPTED)
			.dancityIds(purchase.transactionId(), purchase.tranxId())
			.stepAttempts(0)
			.nextAttemptIn(Duration.ZERO)
			.detail(detail);
		applyOrReportLate(update);
	}

	private void failPurchase(Order order, DancityException ex, @Nullable String attention) {
		logger.warn("Dancity refused the purchase of order {} ({} '{}'); it fails and is marked for refund: {}",
				order.id(), order.type(), order.packageCode(), ex.getMessage());
		OrderUpdate update = OrderUpdate.of(order, OrderState.FAILED, OrderEventType.PURCHASE_FAILED)
			.failed(PURCHASE_FAILED_REASON, true)
			.noNextAttempt()
			.detail(ex.getMessage());
		if (attention != null) {
			update.needsAttention(attention);
		}
		applyOrReportLate(update);
	}

	private void defer(Order order, DancityException ex, Duration delay, @Nullable String attention) {
		logger.info("Purchase of order {} was not sent ({}); trying again in {}", order.id(), ex.getMessage(),
				DurationText.of(delay));
		OrderUpdate update = OrderUpdate.of(order, OrderState.PAID, OrderEventType.PURCHASE_DEFERRED)
			.purchaseAttempts(order.purchaseAttempts() - 1)
			.stepAttempts(order.stepAttempts() + 1)
			.nextAttemptIn(delay)
			.detail("Not sent, retrying in " + DurationText.of(delay) + ": " + ex.getMessage());
		if (attention != null) {
			logger.warn("Order {} needs attention: {}", order.id(), attention);
			update.needsAttention(attention);
		}
		applyOrReportLate(update);
	}

	private void outcomeUnknown(Order order, RuntimeException ex) {
		Duration delay = this.properties.reconciliation().delay(0);
		logger.warn("Outcome of the purchase of order {} (customerRef '{}') is unknown; reconciling in {}: {}",
				order.id(), order.customerRef(), DurationText.of(delay), ex.getMessage());
		OrderUpdate update = OrderUpdate.of(order, OrderState.PURCHASE_UNCLEAR, OrderEventType.PURCHASE_OUTCOME_UNKNOWN)
			.stepAttempts(0)
			.nextAttemptIn(delay)
			.detail(String.valueOf(ex.getMessage()));
		applyOrReportLate(update);
	}

	private void reconcile(Order order) {
		DancityTransaction transaction;
		try {
			transaction = this.dancity.transaction(order.customerRef());
		}
		catch (DancityNotFoundException ex) {
			transaction = null;
		}
		catch (DancityException ex) {
			retry(order, this.properties.reconciliation(), "Dancity did not answer the lookup: " + ex.getMessage());
			return;
		}
		if (transaction != null) {
			adopt(order, transaction);
			return;
		}
		if (order.type() == OrderType.ESIM && foundEsim(order)) {
			return;
		}
		Instant sentAt = (order.purchaseSentAt() != null) ? order.purchaseSentAt() : order.createdAt();
		Duration since = Duration.between(sentAt, Instant.now());
		if (since.compareTo(this.properties.reconciliationGrace()) < 0) {
			retry(order, this.properties.reconciliation(), "customerRef '" + order.customerRef() + "' not found yet, "
					+ DurationText.of(since) + " after the purchase call");
			return;
		}
		logger.warn("Dancity does not know order {} (customerRef '{}') {} after purchase attempt {}; purchasing again",
				order.id(), order.customerRef(), DurationText.of(since), order.purchaseAttempts());
		OrderUpdate update = OrderUpdate.of(order, OrderState.PAID, OrderEventType.PURCHASE_REPEATED)
			.stepAttempts(0)
			.nextAttemptIn(Duration.ZERO)
			.detail("customerRef '" + order.customerRef() + "' not found in Dancity's transactions"
					+ ((order.type() == OrderType.ESIM) ? " or eSIM details" : "") + " " + DurationText.of(since)
					+ " after purchase attempt " + order.purchaseAttempts() + "; purchasing again");
		applyOrReportLate(update);
	}

	/**
	 * Looks an unclear eSIM purchase up among Dancity's eSIM details, for when the
	 * transaction lookup does not know it.
	 * @param order the order
	 * @return whether the lookup settled the order (found it, or must be retried)
	 */
	private boolean foundEsim(Order order) {
		DancityEsimDetails details;
		try {
			details = this.dancity.details(order.customerRef());
		}
		catch (DancityNotFoundException ex) {
			return false;
		}
		catch (DancityException ex) {
			retry(order, this.properties.reconciliation(), "Dancity did not answer the lookup: " + ex.getMessage());
			return true;
		}
		logger.info("Found the unclear purchase of order {} among Dancity's eSIMs ({}); adopting it", order.id(),
				details.status());
		OrderUpdate update = OrderUpdate.of(order, OrderState.PROVISIONING, OrderEventType.PURCHASE_FOUND)
			.stepAttempts(0)
			.nextAttemptIn(Duration.ZERO)
			.detail("Found by customerRef among Dancity's eSIMs, status " + details.rawStatus());
		applyOrReportLate(update);
		return true;
	}

	private void adopt(Order order, DancityTransaction transaction) {
		String detail = "Found by customerRef: Dancity transaction " + transaction.transactionId() + " ("
				+ transaction.tranxId() + "), status " + transaction.status();
		if (transaction.status().isFailure()) {
			failAfterPurchase(order, OrderEventType.PURCHASE_FAILED, PURCHASE_FAILED_REASON, detail);
			return;
		}
		logger.info("Found the unclear purchase of order {} at Dancity: transaction {} ({}), status {}; adopting it",
				order.id(), transaction.transactionId(), transaction.tranxId(), transaction.status());
		if (order.type() == OrderType.TOPUP && transaction.status() == TransactionStatus.SUCCESS) {
			completeTopUp(order, transaction.transactionId(), transaction.tranxId(), "Top-up applied; " + detail);
			return;
		}
		OrderUpdate update = OrderUpdate.of(order, OrderState.PROVISIONING, OrderEventType.PURCHASE_FOUND)
			.dancityIds(transaction.transactionId(), transaction.tranxId())
			.stepAttempts(0)
			.nextAttemptIn(Duration.ZERO)
			.detail(detail);
		applyOrReportLate(update);
	}

	private void checkEsim(Order order) {
		DancityEsimDetails details;
		try {
			details = this.dancity.details(order.dancityReference());
		}
		catch (DancityNotFoundException ex) {
			checkTransactionStillAlive(order);
			return;
		}
		catch (DancityException ex) {
			retry(order, this.properties.provisioningPoll(), "Dancity did not answer: " + ex.getMessage());
			return;
		}
		if (details.isAllocated()) {
			completeEsim(order, details);
		}
		else if (details.status() == EsimStatus.CANCELLED) {
			failAfterPurchase(order, OrderEventType.FAILED, PROVISIONING_FAILED_REASON,
					"Dancity shows the eSIM as '" + details.rawStatus() + "' before it was allocated");
		}
		else {
			retry(order, this.properties.provisioningPoll(), "eSIM not allocated yet (" + details.rawStatus() + ")");
		}
	}

	private void checkTransactionStillAlive(Order order) {
		DancityTransaction transaction;
		try {
			transaction = this.dancity.transaction(order.dancityReference());
		}
		catch (DancityException ex) {
			retry(order, this.properties.provisioningPoll(), "Dancity has no eSIM details yet: " + ex.getMessage());
			return;
		}
		if (transaction.status().isFailure()) {
			failAfterPurchase(order, OrderEventType.FAILED, PROVISIONING_FAILED_REASON,
					"Dancity transaction " + transaction.transactionId() + " is now " + transaction.status());
			return;
		}
		retry(order, this.properties.provisioningPoll(),
				"Dancity has no eSIM details yet; transaction is " + transaction.status());
	}

	private void completeEsim(Order order, DancityEsimDetails details) {
		Boolean completed = this.transactions.execute((status) -> {
			CustomerEsim esim = this.esims
				.register(new EsimRegistration(order.customerId(), order.id(), order.dancityTransactionId(),
						order.dancityTranxId(), order.packageCode(), order.packageName(), order.regionCode(), details));
			OrderUpdate update = OrderUpdate.of(order, OrderState.COMPLETED, OrderEventType.COMPLETED)
				.esimId(esim.id())
				.completedNow()
				.noNextAttempt()
				.detail("eSIM " + esim.id() + " ready to install, ICCID " + Masking.iccid(details.iccid()));
			if (this.orders.apply(update)) {
				return true;
			}
			status.setRollbackOnly();
			return false;
		});
		if (Boolean.TRUE.equals(completed)) {
			logger.info("Order {} completed: eSIM ready to install (ICCID {})", order.id(),
					Masking.iccid(details.iccid()));
		}
		else {
			logger.info("Order {} changed while its eSIM was registered; leaving it to the newer state", order.id());
		}
	}

	private void checkTopUp(Order order) {
		DancityTransaction transaction;
		try {
			transaction = this.dancity.transaction(order.dancityReference());
		}
		catch (DancityException ex) {
			retry(order, this.properties.provisioningPoll(), "Dancity did not answer: " + ex.getMessage());
			return;
		}
		if (transaction.status() == TransactionStatus.SUCCESS) {
			completeTopUp(order, transaction.transactionId(), transaction.tranxId(),
					"Top-up applied; Dancity transaction " + transaction.transactionId() + " (" + transaction.tranxId()
							+ ")");
		}
		else if (transaction.status().isFailure()) {
			failAfterPurchase(order, OrderEventType.FAILED, PURCHASE_FAILED_REASON,
					"Dancity transaction " + transaction.transactionId() + " is " + transaction.status());
		}
		else {
			retry(order, this.properties.provisioningPoll(), "Top-up transaction is " + transaction.status());
		}
	}

	private void completeTopUp(Order order, @Nullable String transactionId, @Nullable String tranxId, String detail) {
		OrderUpdate update = OrderUpdate.of(order, OrderState.COMPLETED, OrderEventType.COMPLETED)
			.dancityIds(transactionId, tranxId)
			.completedNow()
			.noNextAttempt()
			.detail(detail);
		if (!applyOrReportLate(update)) {
			return;
		}
		logger.info("Order {} completed: top-up '{}' applied to eSIM {}", order.id(), order.packageCode(),
				order.esimId());
		if (order.esimId() != null) {
			try {
				this.esims.refreshUsage(order.esimId());
			}
			catch (RuntimeException ex) {
				logger.warn("Usage of eSIM {} could not be refreshed after its top-up; it refreshes later: {}",
						order.esimId(), ex.getMessage());
			}
		}
	}

	private void failAfterPurchase(Order order, OrderEventType eventType, String reason, String detail) {
		logger.warn("Order {} failed after its purchase and is marked for refund: {}", order.id(), detail);
		applyOrReportLate(OrderUpdate.of(order, OrderState.FAILED, eventType)
			.failed(reason, true)
			.noNextAttempt()
			.detail(detail));
	}

	private void retry(Order order, CheckoutProperties.Backoff backoff, String reason) {
		Duration delay = backoff.delay(order.stepAttempts());
		logger.debug("Order {} ({}): {}; next check in {}", order.id(), order.state(), reason, DurationText.of(delay));
		this.orders.apply(OrderUpdate.unchanged(order)
			.stepAttempts(order.stepAttempts() + 1)
			.nextAttemptIn(delay)
			.detail(reason));
	}

	private void retryAfterUnexpected(Order order, CheckoutProperties.Backoff backoff, RuntimeException failure) {
		logger.warn("Order {} ({}) could not be checked; trying again later", order.id(), order.state(), failure);
		try {
			retry(order, backoff, "Unexpected failure: " + failure.getMessage());
		}
		catch (RuntimeException ex) {
			logger.warn("Order {} stays claimed until its lease ends: {}", order.id(), ex.getMessage());
		}
	}

	private boolean applyOrReportLate(OrderUpdate update) {
		if (this.orders.apply(update)) {
			return true;
		}
		Order order = update.order();
		logger.warn("Order {} changed while Dancity was asked; ignoring the late answer ({} → {}): {}", order.id(),
				order.state(), update.target(), update.detail());
		this.orders.recordEvent(order.id(), OrderEventType.LATE_ANSWER_IGNORED, order.state(), update.target(),
				update.detail());
		return false;
	}

}
