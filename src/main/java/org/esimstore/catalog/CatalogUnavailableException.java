package org.esimstore.catalog;

import java.time.Duration;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.esimstore.system.ApiException;

import org.springframework.http.HttpStatus;

/**
 * Catalog data that is not cached could not be fetched now: Dancity failed, its circuit
 * is open, or the catalog's share of Dancity's rate limit is used up.
 */
public class CatalogUnavailableException extends ApiException {

	private final String what;

	private final Duration retryAfter;

	CatalogUnavailableException(String what, Duration retryAfter, String reason, @Nullable Throwable cause) {
		super(HttpStatus.SERVICE_UNAVAILABLE, "UPSTREAM_UNAVAILABLE",
				"The catalog cannot load " + what + " right now: " + reason, cause);
		this.what = what;
		this.retryAfter = retryAfter;
	}

	/**
	 * What could not be loaded, such as {@code packages of region 'NG'}.
	 * @return a description of the missing data
	 */
	public String what() {
		return this.what;
	}

	public Duration retryAfter() {
		return this.retryAfter;
	}

	@Override
	public Map<String, String> headers() {
		return Map.of("Retry-After", Long.toString(Math.max(1, this.retryAfter.toSeconds())));
	}

}
