package org.esimstore.catalog;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.BiConsumer;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import org.jspecify.annotations.Nullable;

/**
 * Keeps the last value loaded per key and makes concurrent loads of the same key share
 * one call: whoever asks while a load runs waits for its result instead of starting
 * another.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
final class SingleFlightCache<K, V> {

	private final Cache<K, Cached<V>> entries;

	private final ConcurrentMap<K, CompletableFuture<Cached<V>>> inFlight = new ConcurrentHashMap<>();

	private final Clock clock;

	private final BiConsumer<K, Cached<V>> onStored;

	SingleFlightCache(Cache<K, Cached<V>> entries, Clock clock) {
		this(entries, clock, (key, value) -> {
		});
	}

	/**
	 * Creates a cache over the given store.
	 * @param entries where values are held
	 * @param clock tells the age of values
	 * @param onStored told of every value stored, after it is visible to readers
	 */
	SingleFlightCache(Cache<K, Cached<V>> entries, Clock clock, BiConsumer<K, Cached<V>> onStored) {
		this.entries = entries;
		this.clock = clock;
		this.onStored = onStored;
	}

	/**
	 * The value held for a key, whatever its age.
	 * @param key the key
	 * @return the value, or {@code null} when none was loaded yet
	 */
	@Nullable Cached<V> peek(K key) {
		return this.entries.getIfPresent(key);
	}

	/**
	 * A value no older than {@code maxAge}: the one held, or a new one loaded once
	 * however many callers ask at the same time.
	 * @param key the key
	 * @param maxAge the oldest value that will do
	 * @param loader loads a new value, dated when it was asked for; its exceptions reach
	 * every caller waiting for it
	 * @return the value
	 */
	Cached<V> get(K key, Duration maxAge, Function<K, Cached<V>> loader) {
		Cached<V> current = peek(key);
		if (current != null && !current.olderThan(maxAge, this.clock.instant())) {
			return current;
		}
		return load(key, maxAge, loader);
	}

	void put(K key, Cached<V> value) {
		this.entries.put(key, value);
		this.onStored.accept(key, value);
	}

	void remove(K key) {
		this.entries.invalidate(key);
	}

	/**
	 * Every value held, as a live view.
	 * @return the values by key
	 */
	Map<K, Cached<V>> asMap() {
		return this.entries.asMap();
	}

	private Cached<V> load(K key, Duration maxAge, Function<K, Cached<V>> loader) {
		CompletableFuture<Cached<V>> mine = new CompletableFuture<>();
		CompletableFuture<Cached<V>> running = this.inFlight.putIfAbsent(key, mine);
		if (running != null) {
			return await(running);
		}
		try {
			Cached<V> loaded = loadedByEarlierFlight(key, maxAge);
			if (loaded == null) {
				loaded = loader.apply(key);
				put(key, loaded);
			}
			mine.complete(loaded);
			return loaded;
		}
		catch (RuntimeException | Error ex) {
			mine.completeExceptionally(ex);
			throw ex;
		}
		finally {
			this.inFlight.remove(key, mine);
		}
	}

	// A flight that ended between our first look and claiming the key has already
	// stored what we were about to fetch.
	private @Nullable Cached<V> loadedByEarlierFlight(K key, Duration maxAge) {
		Cached<V> current = peek(key);
		return (current != null && !current.olderThan(maxAge, this.clock.instant())) ? current : null;
	}

	private static <V> Cached<V> await(CompletableFuture<Cached<V>> running) {
		try {
			return running.join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			if (ex.getCause() instanceof Error cause) {
				throw cause;
			}
			throw ex;
		}
	}

}
