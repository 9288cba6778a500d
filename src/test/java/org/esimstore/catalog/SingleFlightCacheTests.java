package org.esimstore.catalog;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.benmanes.caffeine.cache.Caffeine;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * One load per key however many ask at once, and values reused while young enough.
 */
class SingleFlightCacheTests {

	private final TestClock clock = new TestClock();

	private final SingleFlightCache<String, String> cache = new SingleFlightCache<>(Caffeine.newBuilder().build(),
			this.clock);

	private final AtomicInteger loads = new AtomicInteger();

	@Test
	void concurrentMissesForOneKeyMakeOneLoad() throws Exception {
		CountDownLatch loaderEntered = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		int callers = 64;
		List<Future<Cached<String>>> results = new ArrayList<>();
		try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
			for (int i = 0; i < callers; i++) {
				results.add(executor.submit(() -> this.cache.get("NG", Duration.ofMinutes(10), (key) -> {
					this.loads.incrementAndGet();
					loaderEntered.countDown();
					await(release);
					return new Cached<>("packages of " + key, this.clock.instant());
				})));
			}
			assertThat(loaderEntered.await(10, TimeUnit.SECONDS)).isTrue();
			// Give every other caller the chance to arrive while the load is still
			// running.
			Thread.sleep(200);
			release.countDown();
			for (Future<Cached<String>> result : results) {
				assertThat(result.get(10, TimeUnit.SECONDS).value()).isEqualTo("packages of NG");
			}
		}
		assertThat(this.loads).hasValue(1);
	}

	@Test
	void failedLoadReachesEveryWaiterAndTheNextCallerTriesAgain() throws Exception {
		CountDownLatch loaderEntered = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		List<Future<Cached<String>>> results = new ArrayList<>();
		try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
			for (int i = 0; i < 8; i++) {
				results.add(executor.submit(() -> this.cache.get("NG", Duration.ofMinutes(10), (key) -> {
					this.loads.incrementAndGet();
					loaderEntered.countDown();
					await(release);
					throw new IllegalStateException("Dancity is down");
				})));
			}
			assertThat(loaderEntered.await(10, TimeUnit.SECONDS)).isTrue();
			Thread.sleep(100);
			release.countDown();
			for (Future<Cached<String>> result : results) {
				assertThat(result).failsWithin(Duration.ofSeconds(10))
					.withThrowableThat()
					.havingCause()
					.isInstanceOf(IllegalStateException.class);
			}
		}
		assertThat(this.loads).hasValue(1);
		assertThat(this.cache.get("NG", Duration.ofMinutes(10), this::load).value()).isEqualTo("loaded NG");
		assertThat(this.loads).hasValue(2);
	}

	@Test
	void reusesAValueWhileItIsYoungerThanAsked() {
		this.cache.get("NG", Duration.ofMinutes(10), this::load);
		this.clock.advance(Duration.ofMinutes(9));

		Cached<String> again = this.cache.get("NG", Duration.ofMinutes(10), this::load);

		assertThat(again.value()).isEqualTo("loaded NG");
		assertThat(this.loads).hasValue(1);
	}

	@Test
	void reloadsAValueOlderThanAsked() {
		this.cache.get("NG", Duration.ofMinutes(10), this::load);
		this.clock.advance(Duration.ofMinutes(11));

		Cached<String> again = this.cache.get("NG", Duration.ofMinutes(10), this::load);

		assertThat(again.fetchedAt()).isEqualTo(this.clock.instant());
		assertThat(this.loads).hasValue(2);
	}

	@Test
	void keepsTheLastValueWhenAReloadFails() {
		this.cache.get("NG", Duration.ofMinutes(10), this::load);
		this.clock.advance(Duration.ofMinutes(11));

		assertThatIllegalStateException().isThrownBy(() -> this.cache.get("NG", Duration.ofMinutes(10), (key) -> {
			throw new IllegalStateException("Dancity is down");
		}));

		assertThat(this.cache.peek("NG")).extracting(Cached::value).isEqualTo("loaded NG");
	}

	@Test
	void loadsDifferentKeysSeparately() {
		this.cache.get("NG", Duration.ofMinutes(10), this::load);
		this.cache.get("GH", Duration.ofMinutes(10), this::load);

		assertThat(this.loads).hasValue(2);
		assertThat(this.cache.asMap()).containsOnlyKeys("NG", "GH");
	}

	private Cached<String> load(String key) {
		this.loads.incrementAndGet();
		return new Cached<>("loaded " + key, this.clock.instant());
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
