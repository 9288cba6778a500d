package org.esimstore.catalog;

import java.time.Duration;
import java.util.Currency;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.jspecify.annotations.Nullable;

import org.esimstore.dancity.RegionType;
import org.esimstore.money.Money;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public storefront catalog: regions and their packages at retail prices, served from
 * the cache with HTTP caching headers.
 */
@RestController
@RequestMapping("/api/v1/catalog")
class CatalogController {

	static final String STALE_HEADER = "X-Catalog-Stale";

	private static final String CACHING = "Answers carry a strong ETag (If-None-Match gives 304) and may be cached "
			+ "for a short while; X-Catalog-Stale: true with Age marks data past the catalog's freshness, served "
			+ "while Dancity cannot be reached.";

	private static final int MAX_SEARCH_LENGTH = 100;

	private static final Map<String, Currency> CURRENCIES = Currency.getAvailableCurrencies()
		.stream()
		.collect(Collectors.toUnmodifiableMap(Currency::getCurrencyCode, Function.identity()));

	private final CatalogViews views;

	private final CacheControl cacheControl;

	CatalogController(CatalogViews views, CatalogProperties properties) {
		this.views = views;
		this.cacheControl = CacheControl.maxAge(properties.httpMaxAge()).cachePublic();
	}

	@GetMapping("/regions")
	@Operation(summary = "Regions with their lowest retail price",
			description = "type: country or multi-country, all when absent. q: part of a name or code, ignoring "
					+ "case and accents. currency: ISO 4217 code of the prices, NGN when absent. " + CACHING)
	@ApiResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
			schema = @Schema(implementation = RegionPage.class)))
	ResponseEntity<byte[]> regions(@RequestParam(required = false) @Nullable String type,
			@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String currency) {
		String search = (q != null) ? q : "";
		if (search.length() > MAX_SEARCH_LENGTH) {
			throw new InvalidCatalogParameterException("q", search, "at most " + MAX_SEARCH_LENGTH + " characters");
		}
		return answer(this.views.regions(regionTypes(type), search, currency(currency)));
	}

	@GetMapping("/regions/{code}/packages")
	@Operation(summary = "Packages of a region at retail prices",
			description = "currency: ISO 4217 code of the prices, NGN when absent. sort: price (default), data or "
					+ "validity. " + CACHING)
	@ApiResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
			schema = @Schema(implementation = PackagePage.class)))
	ResponseEntity<byte[]> packages(@PathVariable String code,
			@RequestParam(required = false) @Nullable String currency,
			@RequestParam(required = false) @Nullable String sort) {
		return answer(this.views.packages(code, currency(currency), PackageSort.fromParameter(sort)));
	}

	// Spring MVC answers 304 by itself when If-None-Match matches the ETag set here.
	private ResponseEntity<byte[]> answer(CatalogAnswer answer) {
		HttpHeaders headers = new HttpHeaders();
		headers.setCacheControl(this.cacheControl);
		headers.setETag(answer.etag());
		Duration staleAge = answer.staleAge();
		if (staleAge != null) {
			headers.set(STALE_HEADER, "true");
			headers.set(HttpHeaders.AGE, Long.toString(staleAge.toSeconds()));
		}
		return ResponseEntity.ok().headers(headers).contentType(MediaType.APPLICATION_JSON).body(answer.body());
	}

	private static @Nullable Set<RegionType> regionTypes(@Nullable String type) {
		if (type == null || type.isBlank()) {
			return null;
		}
		return switch (type.strip().toLowerCase(Locale.ROOT)) {
			case "country" -> EnumSet.of(RegionType.COUNTRY);
			// Dancity lists global bundles among its multi-country regions.
			case "multi-country" -> EnumSet.of(RegionType.MULTI_COUNTRY, RegionType.GLOBAL);
			case "global" -> EnumSet.of(RegionType.GLOBAL);
			default -> throw new InvalidCatalogParameterException("type", type, "country or multi-country");
		};
	}

	private static Currency currency(@Nullable String code) {
		if (code == null || code.isBlank()) {
			return Money.NGN;
		}
		Currency currency = CURRENCIES.get(code.strip().toUpperCase(Locale.ROOT));
		if (currency == null) {
			throw new InvalidCatalogParameterException("currency", code, "an ISO 4217 code such as NGN or USD");
		}
		return currency;
	}

}
