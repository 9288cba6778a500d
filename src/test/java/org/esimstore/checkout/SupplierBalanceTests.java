package org.esimstore.checkout;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.esimstore.dancity.DancityAuthenticationException;
import org.esimstore.dancity.DancityUnavailableException;
import org.esimstore.dancity.DancityWallet;
import org.esimstore.money.Money;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * The supplier balance check: what it counts, how long a read lasts, and what it does
 * when Dancity cannot tell.
 */
class SupplierBalanceTests {

	private static final Duration CACHE_TIME = Duration.ofSeconds(15);

	private final MovableClock clock = new MovableClock();

	private final AtomicInteger reads = new AtomicInteger();

	private final List<Instant> inFlightAsked = new ArrayList<>();

	private List<DancityWallet> wallets = List.of(new DancityWallet("Main Wallet", new BigDecimal("10000"), "NGN"));

	private RuntimeException failure;

	private Money inFlight = naira("6000");

	private SupplierBalance balance(boolean check) {
		return new SupplierBalance(() -> {
			this.reads.incrementAndGet();
			if (this.failure != null) {
				throw this.failure;
			}
			return this.wallets;
		}, (since) -> {
			this.inFlightAsked.add(since);
			return this.inFlight;
		}, new CheckoutProperties.SupplierBalance(check, CACHE_TIME), this.clock);
	}

	@Test
	void refusesAnOrderTheBalanceCannotPayOnTopOfThePaidOrdersNotBoughtYet() {
		SupplierBalance balance = balance(true);

		assertThatNoException().isThrownBy(() -> balance.requireCovers(naira("4000")));
		assertThatExceptionOfType(SupplierBalanceLowException.class)
			.isThrownBy(() -> balance.requireCovers(naira("4000.01")))
			.satisfies((ex) -> {
				assertThat(ex.code()).isEqualTo("SUPPLIER_BALANCE_LOW");
				assertThat(ex.status().value()).isEqualTo(503);
				assertThat(ex.getMessage()).doesNotContain("10000");
			});
	}

	@Test
	void readsTheBalanceOncePerCachePeriodAndCountsWhatWasBoughtSinceTheRead() {
		SupplierBalance balance = balance(true);
		Instant firstRead = this.clock.instant();

		balance.requireCovers(naira("100"));
		this.clock.advance(CACHE_TIME.minusSeconds(1));
		balance.requireCovers(naira("100"));

		assertThat(this.reads).hasValue(1);
		assertThat(this.inFlightAsked).hasSize(2).allSatisfy((since) -> assertThat(since).isBefore(firstRead));

		this.clock.advance(Duration.ofSeconds(1));
		balance.requireCovers(naira("100"));

		assertThat(this.reads).hasValue(2);
	}

	@Test
	void skipsTheCheckWhileDancityRefusesOurKeyTheWalletAndLooksAgainAnHourLater() {
		this.failure = new DancityAuthenticationException(403, "Forbidden");
		SupplierBalance balance = balance(true);

		balance.requireCovers(naira("1000000"));
		balance.requireCovers(naira("1000000"));

		assertThat(this.reads).hasValue(1);
		assertThat(this.inFlightAsked).isEmpty();

		this.failure = null;
		this.clock.advance(SupplierBalance.NOT_PERMITTED_RECHECK);

		assertThatExceptionOfType(SupplierBalanceLowException.class)
			.isThrownBy(() -> balance.requireCovers(naira("1000000")));
		assertThat(this.reads).hasValue(2);
	}

	@Test
	void refusesOrdersWhileDancityCannotTellTheBalanceAndAsksAgainNextTime() {
		this.failure = new DancityUnavailableException("Dancity's circuit breaker is open");
		SupplierBalance balance = balance(true);

		assertThatExceptionOfType(SupplierBalanceUnknownException.class)
			.isThrownBy(() -> balance.requireCovers(naira("100")))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("UPSTREAM_UNAVAILABLE"));
		this.failure = null;
		balance.requireCovers(naira("100"));

		assertThat(this.reads).hasValue(2);
	}

	@Test
	void checksNothingWhenTheCheckIsOff() {
		this.failure = new DancityUnavailableException("down");

		balance(false).requireCovers(naira("1000000"));

		assertThat(this.reads).hasValue(0);
	}

	@Test
	void readsTheMainNairaWalletOrElseTheFullestNairaWallet() {
		DancityWallet main = new DancityWallet("main", new BigDecimal("15000.00"), "NGN");
		DancityWallet bonus = new DancityWallet("bonus", new BigDecimal("25000.00"), "NGN");
		DancityWallet dollars = new DancityWallet("main", new BigDecimal("99999"), "USD");

		assertThat(SupplierBalance.mainBalance(List.of(bonus, main))).contains(naira("15000"));
		assertThat(SupplierBalance.mainBalance(List.of(bonus, new DancityWallet("savings", BigDecimal.TEN, "ngn"))))
			.contains(naira("25000"));
		assertThat(SupplierBalance.mainBalance(List.of(dollars))).isEmpty();
	}

	private static Money naira(String amount) {
		return Money.of(amount, "NGN");
	}

	/**
	 * A clock the test moves forward by hand.
	 */
	private static final class MovableClock extends Clock {

		private Instant now = Instant.parse("2026-06-01T10:00:00Z");

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
