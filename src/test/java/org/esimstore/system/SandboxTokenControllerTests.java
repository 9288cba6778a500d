package org.esimstore.system;

import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sandbox's token endpoint mints a token for the customer asked for and refuses a
 * request without one.
 */
class SandboxTokenControllerTests {

	private final SandboxTokens tokens = new SandboxTokens(
			new CustomerTokenProperties("sandbox-test-secret-of-at-least-thirty-two-bytes", null, null, null));

	private final MockMvcTester mvc = MockMvcTester
		.create(MockMvcBuilders.standaloneSetup(new SandboxTokenController(this.tokens))
			.setControllerAdvice(new ProblemResponses())
			.build());

	@Test
	void mintsATokenForTheCustomerAskedFor() {
		assertThat(this.mvc.post()
			.uri("/api/v1/sandbox/tokens")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"customerId\": \"ada\"}")).hasStatusOk().bodyJson().satisfies((json) -> {
				assertThat(json).extractingPath("$.customerId").isEqualTo("ada");
				assertThat(json).extractingPath("$.tokenType").isEqualTo("Bearer");
				assertThat(json).extractingPath("$.accessToken").asString().contains(".");
				assertThat(json).extractingPath("$.expiresAt").isNotNull();
			});
	}

	@Test
	void refusesARequestWithoutACustomerId() {
		assertThat(this.mvc.post()
			.uri("/api/v1/sandbox/tokens")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"customerId\": \" \"}")).hasStatus(400)
			.bodyJson()
			.extractingPath("$.code")
			.isEqualTo("VALIDATION_FAILED");
	}

}
