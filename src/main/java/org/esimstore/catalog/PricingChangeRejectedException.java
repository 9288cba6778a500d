package org.esimstore.catalog;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.esimstore.system.ApiException;

import org.springframework.http.HttpStatus;

/**
 * An edit of the pricing rules or rounding was refused because a value is out of bounds;
 * answered like any other validation failure, with the offending fields.
 */
public class PricingChangeRejectedException extends ApiException {

	private final Map<String, String> errors;

	/**
	 * Creates the exception.
	 * @param subject what was being changed, such as {@code Pricing rule REGION 'NG'}
	 * @param errors messages by field name, in the order found
	 */
	public PricingChangeRejectedException(String subject, Map<String, String> errors) {
		super(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED",
				subject + " is not valid: "
						+ errors.entrySet()
							.stream()
							.map((error) -> error.getKey() + " " + error.getValue())
							.collect(Collectors.joining("; ")));
		this.errors = Map.copyOf(errors);
	}

	/**
	 * What was wrong, by field name.
	 * @return messages by field name
	 */
	public Map<String, String> errors() {
		return this.errors;
	}

	@Override
	public Map<String, Object> properties() {
		List<Map<String, String>> fields = this.errors.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey())
			.map((error) -> Map.of("field", error.getKey(), "message", error.getValue()))
			.toList();
		return Map.of("errors", fields);
	}

}
