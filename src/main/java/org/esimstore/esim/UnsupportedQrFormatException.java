package org.esimstore.esim;

import java.util.Map;

import org.esimstore.system.ApiException;

import org.springframework.http.HttpStatus;

/**
 * A QR code was asked for in a format other than PNG or SVG.
 */
class UnsupportedQrFormatException extends ApiException {

	UnsupportedQrFormatException(String format) {
		super(HttpStatus.BAD_REQUEST, "INVALID_PARAMETER",
				"Parameter 'format' has an invalid value '" + format + "'; use 'png' or 'svg'.");
	}

	@Override
	public Map<String, Object> properties() {
		return Map.of("parameter", "format");
	}

}
