package org.esimstore.dancity;

import java.time.Clock;
import java.time.Duration;

import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.circuitbreaker.event.CircuitBreakerOnStateTransitionEvent;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.reactive.ClientHttpConnectorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Builds the Dancity client from {@link DancityProperties} and the Resilience4j instances
 * configured in {@code resilience4j.*.instances.dancity*}.
 */
@Configuration(proxyBeanMethods = false)
class DancityConfiguration {

	private static final Logger logger = LoggerFactory.getLogger(DancityConfiguration.class);

	static final String INSTANCE = "dancity";

	static final String PURCHASE_LIMITER = "dancityPurchase";

	static final String READ_RETRY = "dancityRead";

	@Bean
	DancityClient dancityClient(DancityProperties properties, WebClient.Builder webClientBuilder, JsonMapper jsonMapper,
			CircuitBreakerRegistry circuitBreakers, BulkheadRegistry bulkheads, RateLimiterRegistry rateLimiters,
			RetryRegistry retries) {
		Secrets secrets = new Secrets(properties.apiKey());
		DancityTransport reads = new DancityTransport(webClient(webClientBuilder, properties, properties.readTimeout()),
				secrets, properties.readTimeout());
		DancityTransport purchases = new DancityTransport(
				webClient(webClientBuilder, properties, properties.purchaseReadTimeout()), secrets,
				properties.purchaseReadTimeout());
		CircuitBreaker circuitBreaker = circuitBreakers.circuitBreaker(INSTANCE);
		circuitBreaker.getEventPublisher().onStateTransition(DancityConfiguration::logTransition);
		DancityClient.Guards guards = new DancityClient.Guards(circuitBreaker, bulkheads.bulkhead(INSTANCE),
				rateLimiters.rateLimiter(INSTANCE), rateLimiters.rateLimiter(PURCHASE_LIMITER),
				retries.retry(READ_RETRY));
		// Prices must stay exact decimals: 0.62 read as a double is not 0.62.
		JsonMapper exactDecimals = jsonMapper.rebuild()
			.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
			.build();
		return new DancityClient(reads, purchases, new DancityDecoder(exactDecimals, secrets),
				new RateLimitGate(Clock.systemUTC()), guards);
	}

	@Bean
	DancityHealthIndicator dancityHealthIndicator(DancityClient client, CircuitBreakerRegistry circuitBreakers,
			DancityProperties properties) {
		return new DancityHealthIndicator(client, circuitBreakers.circuitBreaker(INSTANCE),
				properties.healthCacheTime(), Clock.systemUTC());
	}

	private static WebClient webClient(WebClient.Builder builder, DancityProperties properties, Duration readTimeout) {
		HttpClientSettings settings = HttpClientSettings.defaults()
			.withTimeouts(properties.connectTimeout(), readTimeout);
		// Reactor Netty may resend a request whose connection closed early; a purchase
		// must never be resent.
		return builder.clone()
			.baseUrl(stripTrailingSlash(properties.baseUrl()) + properties.pathPrefix())
			.clientConnector(ClientHttpConnectorBuilder.reactor()
				.withHttpClientCustomizer((client) -> client.disableRetry(true))
				.build(settings))
			.build();
	}

	private static String stripTrailingSlash(String url) {
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

	private static void logTransition(CircuitBreakerOnStateTransitionEvent event) {
		CircuitBreaker.State to = event.getStateTransition().getToState();
		if (to == CircuitBreaker.State.OPEN || to == CircuitBreaker.State.FORCED_OPEN) {
			logger.warn("Dancity circuit breaker opened ({}): calls to Dancity are refused until it recovers",
					event.getStateTransition());
		}
		else {
			logger.info("Dancity circuit breaker moved {}", event.getStateTransition());
		}
	}

}
