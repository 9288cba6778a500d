package org.esimstore.catalog;

import java.util.Map;

import org.esimstore.system.ApiException;

import org.springframework.http.HttpStatus;

/**
 * A region code that Dancity does not sell eSIMs for.
 */
class RegionNotFoundException extends ApiException {

	private final String regionCode;

	RegionNotFoundException(String regionCode) {
		super(HttpStatus.NOT_FOUND, "REGION_NOT_FOUND", "Region '" + regionCode + "' is not in the catalog");
		this.regionCode = regionCode;
	}

	@Override
	public Map<String, Object> properties() {
		return Map.of("region", this.regionCode);
	}

}
