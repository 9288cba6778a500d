package org.esimstore;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

/**
 * Keeps the feature packages apart: no cycles, no reaching into another feature's
 * internals.
 */
class ModularityTests {

	@Test
	void featurePackagesRespectTheirBoundaries() {
		ApplicationModules.of(EsimStorefrontApplication.class).verify();
	}

}
