package org.esimstore;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application starts against PostgreSQL and the simulated Dancity and reports itself
 * healthy.
 */
@IntegrationTest
class ApplicationTests {

	@Autowired
	RestTestClient client;

	@Test
	void reportsItselfAndDancityHealthy() {
		String health = this.client.get()
			.uri("/actuator/health")
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult(String.class)
			.getResponseBody();
		assertThat(health).contains("\"status\":\"UP\"").contains("\"dancity\":{\"status\":\"UP\"");
	}

}
