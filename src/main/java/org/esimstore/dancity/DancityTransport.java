package org.esimstore.dancity;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Exceptions;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientRequestException;

/**
 * Sends one request to Dancity with the merchant key and tells apart "never sent" from
 * "sent, answer lost".
 */
class DancityTransport {

	private static final Logger logger = LoggerFactory.getLogger(DancityTransport.class);

	private final WebClient webClient;

	private final Secrets secrets;

	private final Duration timeout;

	DancityTransport(WebClient webClient, Secrets secrets, Duration timeout) {
		this.webClient = webClient;
		this.secrets = secrets;
		this.timeout = timeout;
	}

	/**
	 * Sends the request and returns whatever Dancity answered, successful or not.
	 * @throws DancityUnavailableException when the request certainly never reached
	 * Dancity
	 * @throws AnswerLostException when it may have reached Dancity but no answer came
	 * back
	 */
	DancityResponse exchange(HttpMethod method, String path, Map<String, ?> query, @Nullable Object body) {
		long started = System.nanoTime();
		try {
			DancityResponse response = send(method, path, query, body);
			if (logger.isDebugEnabled()) {
				logger.debug("Dancity {} {} answered {} in {} ms", method, path, response.status(),
						Duration.ofNanos(System.nanoTime() - started).toMillis());
			}
			return response;
		}
		catch (WebClientRequestException ex) {
			throw classify(method, path, ex);
		}
		catch (RuntimeException ex) {
			Throwable cause = Exceptions.unwrap(ex);
			if (cause instanceof java.util.concurrent.TimeoutException) {
				throw new AnswerLostException("no answer from Dancity to " + method + " " + path + " within "
						+ this.timeout.toMillis() + " ms", cause);
			}
			throw ex;
		}
	}

	private DancityResponse send(HttpMethod method, String path, Map<String, ?> query, @Nullable Object body) {
		WebClient.RequestBodySpec request = this.webClient.method(method).uri((builder) -> {
			builder.path(path);
			query.forEach((name, value) -> builder.queryParam(name, value));
			return builder.build();
		}).headers((headers) -> {
			headers.setBearerAuth(this.secrets.apiKey());
			headers.set("channel", "API");
			headers.setAccept(List.of(MediaType.APPLICATION_JSON));
		});
		if (body != null) {
			request.contentType(MediaType.APPLICATION_JSON).bodyValue(body);
		}
		DancityResponse response = request
			.exchangeToMono((answer) -> answer.bodyToMono(String.class)
				.defaultIfEmpty("")
				.map((text) -> new DancityResponse(answer.statusCode().value(), answer.headers().asHttpHeaders(),
						text)))
			.timeout(this.timeout.plusSeconds(5))
			.block();
		if (response == null) {
			throw new AnswerLostException("empty exchange with Dancity for " + method + " " + path, null);
		}
		return response;
	}

	private RuntimeException classify(HttpMethod method, String path, WebClientRequestException ex) {
		String reason = this.secrets.redact(String.valueOf(ex.getMostSpecificCause().getMessage()));
		if (causedBy(ex, ConnectException.class) || causedBy(ex, UnknownHostException.class)
				|| causedBy(ex, NoRouteToHostException.class)) {
			return new DancityUnavailableException(
					"Could not connect to Dancity for " + method + " " + path + ": " + reason);
		}
		if (causedBy(ex, IOException.class) || causedBy(ex, io.netty.handler.timeout.ReadTimeoutException.class)) {
			return new AnswerLostException(method + " " + path + " sent but no answer: " + describe(ex), null);
		}
		return new AnswerLostException(method + " " + path + " failed after sending: " + describe(ex), null);
	}

	private String describe(WebClientRequestException ex) {
		Throwable cause = ex.getMostSpecificCause();
		String message = cause.getMessage();
		return cause.getClass().getSimpleName() + ((message != null) ? " (" + this.secrets.redact(message) + ")" : "");
	}

	private static boolean causedBy(Throwable ex, Class<? extends Throwable> type) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return true;
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return false;
	}

	/**
	 * The request may have reached Dancity but its answer was lost (read timeout,
	 * connection reset).
	 */
	static class AnswerLostException extends RuntimeException {

		AnswerLostException(String message, @Nullable Throwable cause) {
			super(message, cause, false, false);
		}

	}

}
