package org.esimstore.system;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns every failure into an RFC 9457 problem detail carrying a stable machine-readable
 * {@code code}.
 */
@RestControllerAdvice
class ProblemResponses extends ResponseEntityExceptionHandler {

	private static final Logger logger = LoggerFactory.getLogger(ProblemResponses.class);

	@ExceptionHandler
	ResponseEntity<Object> handleApiException(ApiException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(ex.status(), ex.getMessage());
		problem.setProperty("code", ex.code());
		ex.properties().forEach(problem::setProperty);
		HttpHeaders headers = new HttpHeaders();
		ex.headers().forEach(headers::set);
		return ResponseEntity.status(ex.status()).headers(headers).body(problem);
	}

	@ExceptionHandler
	ResponseEntity<Object> handleUnexpected(Exception ex) {
		logger.error("Unexpected failure while handling a request", ex);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
				"The request could not be completed; it has been logged.");
		problem.setProperty("code", "INTERNAL_ERROR");
		return ResponseEntity.internalServerError().body(problem);
	}

	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, @Nullable Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		ResponseEntity<Object> response = super.handleExceptionInternal(ex, body, headers, statusCode, request);
		if (response != null && response.getBody() instanceof ProblemDetail problem) {
			describe(ex, problem);
		}
		return response;
	}

	private void describe(Exception ex, ProblemDetail problem) {
		switch (ex) {
			case MethodArgumentNotValidException invalid -> {
				problem.setProperty("code", "VALIDATION_FAILED");
				problem.setDetail("The request body is not valid.");
				problem.setProperty("errors",
						invalid.getBindingResult()
							.getFieldErrors()
							.stream()
							.map(ProblemResponses::fieldError)
							.toList());
			}
			case HandlerMethodValidationException invalid -> {
				problem.setProperty("code", "VALIDATION_FAILED");
				problem.setProperty("errors", invalid.getParameterValidationResults()
					.stream()
					.flatMap((result) -> result.getResolvableErrors()
						.stream()
						.map((error) -> Map.of("field", parameterName(result.getMethodParameter().getParameterName()),
								"message", String.valueOf(error.getDefaultMessage()))))
					.toList());
			}
			case TypeMismatchException mismatch -> {
				String name = (mismatch instanceof MethodArgumentTypeMismatchException argument) ? argument.getName()
						: String.valueOf(mismatch.getPropertyName());
				problem.setProperty("code", "INVALID_PARAMETER");
				problem.setProperty("parameter", name);
				problem.setDetail("Parameter '" + name + "' has an invalid value '" + mismatch.getValue() + "'.");
			}
			case MissingServletRequestParameterException missing -> {
				problem.setProperty("code", "MISSING_PARAMETER");
				problem.setProperty("parameter", missing.getParameterName());
			}
			case MissingRequestHeaderException missing -> {
				problem.setProperty("code", "MISSING_HEADER");
				problem.setProperty("header", missing.getHeaderName());
				problem.setDetail("Required header '" + missing.getHeaderName() + "' is not present.");
			}
			case HttpMessageNotReadableException unreadable -> {
				problem.setProperty("code", "MALFORMED_REQUEST");
				problem.setDetail("The request body is missing or is not valid JSON.");
			}
			case NoResourceFoundException notFound -> problem.setProperty("code", "NOT_FOUND");
			case HttpRequestMethodNotSupportedException notSupported ->
				problem.setProperty("code", "METHOD_NOT_ALLOWED");
			case HttpMediaTypeNotSupportedException notSupported ->
				problem.setProperty("code", "UNSUPPORTED_MEDIA_TYPE");
			case HttpMediaTypeNotAcceptableException notAcceptable -> problem.setProperty("code", "NOT_ACCEPTABLE");
			default -> problem.setProperty("code", codeFor(problem.getStatus()));
		}
	}

	private static Map<String, String> fieldError(FieldError error) {
		return Map.of("field", error.getField(), "message", String.valueOf(error.getDefaultMessage()));
	}

	private static String parameterName(@Nullable String name) {
		return (name != null) ? name : "parameter";
	}

	private static String codeFor(int status) {
		HttpStatus resolved = HttpStatus.resolve(status);
		return (resolved != null) ? resolved.name() : "HTTP_" + status;
	}

}
