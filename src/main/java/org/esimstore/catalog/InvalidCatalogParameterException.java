package org.esimstore.catalog;

import java.util.Map;

import org.esimstore.system.ApiException;

import org.springframework.http.HttpStatus;

/**
 * A catalog query parameter with a value the catalog does not understand.
 */
class InvalidCatalogParameterException extends ApiException {

	private final String parameter;

	InvalidCatalogParameterException(String parameter, String value, String expected) {
		super(HttpStatus.BAD_REQUEST, "INVALID_PARAMETER",
				"Parameter '" + parameter + "' has an invalid value '" + shortened(value) + "'; expected " + expected);
		this.parameter = parameter;
	}

	private static String shortened(String value) {
		return (value.length() <= 40) ? value : value.substring(0, 40) + "...";
	}

	@Override
	public Map<String, Object> properties() {
		return Map.of("parameter", this.parameter);
	}

}
