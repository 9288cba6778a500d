package org.esimstore.checkout;

import java.util.Map;

import org.esimstore.system.ApiException;

import org.springframework.http.HttpStatus;

/**
 * The package asked for is not sold, or is not a top-up of the eSIM asked for.
 */
class PackageNotFoundException extends ApiException {

	private final String packageCode;

	PackageNotFoundException(String packageCode, String message) {
		super(HttpStatus.NOT_FOUND, "PACKAGE_NOT_FOUND", message);
		this.packageCode = packageCode;
	}

	static PackageNotFoundException notSold(String packageCode) {
		return new PackageNotFoundException(packageCode, "Package '" + packageCode + "' is not sold");
	}

	static PackageNotFoundException notATopUpOf(String packageCode, Object esimId) {
		return new PackageNotFoundException(packageCode,
				"Package '" + packageCode + "' is not a top-up offered for eSIM '" + esimId + "'");
	}

	@Override
	public Map<String, Object> properties() {
		return Map.of("packageCode", this.packageCode);
	}

}
