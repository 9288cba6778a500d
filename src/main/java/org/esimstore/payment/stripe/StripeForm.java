package org.esimstore.payment.stripe;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * A form-encoded request body in Stripe's bracket notation, such as
 * {@code metadata[order_id]=...}, keeping the order parameters were added in.
 */
final class StripeForm {

	private final Map<String, String> parameters = new LinkedHashMap<>();

	StripeForm add(String name, String value) {
		this.parameters.put(name, value);
		return this;
	}

	StripeForm addIfPresent(String name, @Nullable String value) {
		return (value != null) ? add(name, value) : this;
	}

	String encode() {
		return this.parameters.entrySet()
			.stream()
			.map((parameter) -> encode(parameter.getKey()) + "=" + encode(parameter.getValue()))
			.collect(Collectors.joining("&"));
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}
