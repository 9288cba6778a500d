package org.esimstore.checkout;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.esimstore.dancity.DancityAuthenticationException;
import org.esimstore.dancity.DancityClient;
import org.esimstore.dancity.DancityException;
import org.esimstore.dancity.DancityWallet;
import org.esimstore.money.Money;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Refuses new orders while Dancity's wallet cannot pay for them, so that no money is
 * taken that cannot be spent: the balance, read at most once per cache period, must cover
 * the wholesale cost of the orders paid and not bought yet (and of those bought since
 * shortly before the read) plus the new one. Unpaid orders do not count: anyone could
 * block sales with orders they never pay, and a paid order the wallet cannot pay after
 * all fails at its purchase and is refunded.
 * <p>
 * While Dancity cannot be asked, orders are refused too (fail closed). Dancity may not
 * open balance reads to server keys: when it refuses the wallet read with 401 or 403, the
 * check is skipped (logged once) and tried again an hour later; a paid order the wallet
 * cannot pay then fails at its purchase and is refunded.
 */
@Component
class SupplierBalance {

	/** How long the wallet is left alone after Dancity refused our key to read it. */
	static final Duration NOT_PERMITTED_RECHECK = Duration.ofHours(1);

	/**
	 * How long before a balance read a purchase may have been sent and still be debited
	 * after it: longer than a purchase call may take, and than the database's clock may
	 * differ from ours. Such purchases count against the balance read, at worst twice.
	 */
	private static final Duration PURCHASE_MARGIN = Duration.ofMinutes(1);

	private static final Logger logger = LoggerFactory.getLogger(SupplierBalance.class);

	private final Supplier<List<DancityWallet>> wallets;

	private final Function<Instant, Money> inFlight;

	private final CheckoutProperties.SupplierBalance settings;

	private final Clock clock;

	private final Object readLock = new Object();

	private volatile @Nullable Reading last;

	private volatile boolean skipLogged;

	@Autowired
	SupplierBalance(DancityClient dancity, OrderRepository orders, CheckoutProperties properties) {
		this(dancity::wallets, orders::wholesaleCostInFlight, properties.supplierBalance(), Clock.systemUTC());
	}

	SupplierBalance(Supplier<List<DancityWallet>> wallets, Function<Instant, Money> inFlight,
			CheckoutProperties.SupplierBalance settings, Clock clock) {
		this.wallets = wallets;
		this.inFlight = inFlight;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Makes sure Dancity's wallet can pay for a new order on top of those already paid.
	 * @param wholesaleCost what Dancity charges for the new order, in NGN
	 * @throws SupplierBalanceLowException when the balance does not cover it
	 * @throws SupplierBalanceUnknownException when Dancity cannot tell the balance now
	 */
	void requireCovers(Money wholesaleCost) {
		if (!this.settings.check()) {
			return;
		}
		Reading reading = current();
		if (reading.balance() == null) {
			return;
		}
		Money needed = this.inFlight.apply(reading.readAt().minus(PURCHASE_MARGIN)).plus(wholesaleCost);
		if (reading.balance().compareTo(needed) < 0) {
			logger.warn("Refusing an order: Dancity's wallet holds {} (read at {}) but paid orders and this one "
					+ "need {}; fund the Dancity wallet", reading.balance(), reading.readAt(), needed);
			throw new SupplierBalanceLowException();
		}
	}

	/**
	 * Forgets the balance read, so that the next order reads it again.
	 */
	void forget() {
		this.last = null;
		this.skipLogged = false;
	}

	private Reading current() {
		Reading reading = this.last;
		if (reading != null && reading.isFresh(this.clock.instant())) {
			return reading;
		}
		synchronized (this.readLock) {
			reading = this.last;
			if (reading == null || !reading.isFresh(this.clock.instant())) {
				reading = read();
				this.last = reading;
			}
			return reading;
		}
	}

	private Reading read() {
		Instant readAt = this.clock.instant();
		List<DancityWallet> read;
		try {
			read = this.wallets.get();
		}
		catch (DancityAuthenticationException ex) {
			skip("Dancity does not let this key read the wallet (HTTP " + ex.httpStatus() + ")");
			return new Reading(null, readAt, readAt.plus(NOT_PERMITTED_RECHECK));
		}
		catch (DancityException ex) {
			logger.warn("Refusing an order: Dancity's wallet balance cannot be read: {}", ex.getMessage());
			throw new SupplierBalanceUnknownException(ex);
		}
		Optional<Money> balance = mainBalance(read);
		if (balance.isEmpty()) {
			skip("Dancity's wallet answer holds no NGN balance");
			return new Reading(null, readAt, readAt.plus(NOT_PERMITTED_RECHECK));
		}
		logger.debug("Dancity's wallet holds {}", balance.get());
		return new Reading(balance.get(), readAt, readAt.plus(this.settings.cacheTime()));
	}

	private void skip(String why) {
		if (!this.skipLogged) {
			this.skipLogged = true;
			logger.warn("{}: orders are taken without checking the supplier balance; looked at again in {}", why,
					DurationText.of(NOT_PERMITTED_RECHECK));
		}
	}

	/**
	 * The balance purchases are paid from: the main NGN wallet, or the fullest NGN wallet
	 * when none is called main.
	 * @param wallets the wallets Dancity listed
	 * @return the balance, empty when there is no NGN wallet
	 */
	static Optional<Money> mainBalance(List<DancityWallet> wallets) {
		List<DancityWallet> naira = wallets.stream()
			.filter((wallet) -> Money.NGN.getCurrencyCode().equalsIgnoreCase(wallet.currency()))
			.toList();
		Optional<DancityWallet> main = naira.stream()
			.filter((wallet) -> wallet.name().toLowerCase(Locale.ROOT).contains("main"))
			.findFirst();
		return main.or(() -> naira.stream().max(Comparator.comparing(DancityWallet::balance)))
			.map((wallet) -> Money.of(wallet.balance(), Money.NGN));
	}

	/**
	 * One read of the balance.
	 *
	 * @param balance the balance, {@code null} when it cannot be told and the check is
	 * skipped
	 * @param readAt when it was read
	 * @param freshUntil when to read it again
	 */
	private record Reading(@Nullable Money balance, Instant readAt, Instant freshUntil) {

		boolean isFresh(Instant now) {
			return now.isBefore(this.freshUntil);
		}

	}

}
