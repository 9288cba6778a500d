package org.esimstore;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * The application starts against PostgreSQL and the simulated Dancity and reports both
 * healthy.
 */
@IntegrationTest
class ApplicationTests {

	@Autowired
	RestTestClient client;

	@Test
	void reportsItselfAndDancityHealthyAfterReallyCallingDancity() {
		this.client.get()
			.uri("/actuator/health")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP")
			.jsonPath("$.components.dancity.status")
			.isEqualTo("UP")
			.jsonPath("$.components.dancity.details.wallets")
			.isEqualTo(1)
			.jsonPath("$.components.db.status")
			.isEqualTo("UP");
	}

}
