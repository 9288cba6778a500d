package org.esimstore.system;

import org.esimstore.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * Outside the sandbox nobody can mint customer tokens.
 */
@IntegrationTest
class SandboxTokensAbsenceTests {

	@Autowired
	RestTestClient client;

	@Test
	void mintsNoTokensOutsideTheSandbox() {
		this.client.post()
			.uri("/api/v1/sandbox/tokens")
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"customerId\": \"mallory\"}")
			.exchange()
			.expectStatus()
			.isNotFound();
	}

}
