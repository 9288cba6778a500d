package org.esimstore.payment;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * The HTTP plumbing the provider clients share: a client with the configured timeouts, an
 * exchange that hands back status and raw body, and the mapping of transport failures to
 * {@link PaymentProviderUnavailableException}.
 */
public final class ProviderHttp {

	private static final int MAX_MESSAGE_LENGTH = 300;

	private ProviderHttp() {
	}

	/**
	 * Creates a client for one provider.
	 * @param baseUrl the provider's base URL
	 * @param bearerToken the secret API key sent as a bearer token
	 * @param connectTimeout how long to wait for a connection
	 * @param readTimeout how long to wait for an answer
	 * @return the client
	 */
	public static RestClient restClient(String baseUrl, String bearerToken, Duration connectTimeout,
			Duration readTimeout) {
		HttpClient httpClient = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(connectTimeout)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		JdkClientHttpRequestFactory requestFactory = new JdkClientHttpRequestFactory(httpClient);
		requestFactory.setReadTimeout(readTimeout);
		return RestClient.builder()
			.baseUrl(baseUrl)
			.requestFactory(requestFactory)
			.defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + bearerToken)
			.defaultHeader(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE)
			.build();
	}

	/**
	 * Sends a request and reads the whole answer, whatever its status.
	 * @param provider the provider called
	 * @param operation what is asked, for messages
	 * @param request the prepared request
	 * @return the status and raw body
	 * @throws PaymentProviderUnavailableException when no answer arrived
	 */
	public static ProviderResponse exchange(PaymentProviderType provider, String operation,
			RestClient.RequestHeadersSpec<?> request) {
		try {
			return request.exchange((httpRequest, response) -> new ProviderResponse(response.getStatusCode().value(),
					response.getBody().readAllBytes()));
		}
		catch (ResourceAccessException ex) {
			throw transportFailure(provider, operation, ex);
		}
		catch (RestClientException ex) {
			throw new PaymentProviderUnavailableException(provider, operation,
					provider.displayName() + " could not be called for " + operation, false, ex);
		}
	}

	private static PaymentProviderUnavailableException transportFailure(PaymentProviderType provider, String operation,
			ResourceAccessException ex) {
		Throwable cause = ex.getCause();
		if (cause instanceof ConnectException || cause instanceof HttpConnectTimeoutException) {
			return new PaymentProviderUnavailableException(provider, operation,
					"Could not connect to " + provider.displayName() + " for " + operation, true, ex);
		}
		if (cause instanceof HttpTimeoutException) {
			return new PaymentProviderUnavailableException(provider, operation,
					provider.displayName() + " did not answer " + operation + " in time", false, ex);
		}
		String kind = (cause instanceof IOException) ? cause.getClass().getSimpleName() : "I/O error";
		return new PaymentProviderUnavailableException(provider, operation,
				"The connection to " + provider.displayName() + " failed during " + operation + " (" + kind + ")",
				false, ex);
	}

	/**
	 * Makes a provider's error message safe to carry in an exception: the secret removed
	 * wherever it appears, control characters dropped and the length capped.
	 * @param message the provider's message
	 * @param secrets the secrets that must not appear
	 * @return the cleaned message, {@code null} when there was none
	 */
	public static @Nullable String sanitize(@Nullable String message, @Nullable String... secrets) {
		if (message == null || message.isBlank()) {
			return null;
		}
		String clean = message;
		for (String secret : secrets) {
			if (secret != null && !secret.isEmpty()) {
				clean = clean.replace(secret, "[redacted]");
			}
		}
		clean = clean.replaceAll("\\p{Cntrl}", " ").strip();
		return (clean.length() > MAX_MESSAGE_LENGTH) ? clean.substring(0, MAX_MESSAGE_LENGTH) + "…" : clean;
	}

}
