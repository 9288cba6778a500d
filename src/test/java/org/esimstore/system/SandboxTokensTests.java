package org.esimstore.system;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.within;

/**
 * Customer tokens minted by the sandbox are the ones the service accepts.
 */
class SandboxTokensTests {

	private static final String SECRET = "sandbox-test-secret-of-at-least-thirty-two-bytes";

	@Test
	void mintsATokenTheServiceAcceptsForTheCustomer() {
		CustomerTokenProperties properties = new CustomerTokenProperties(SECRET, null, null, null);
		SandboxToken token = new SandboxTokens(properties).mint("alice");

		Jwt decoded = decoder(properties).decode(token.accessToken());

		assertThat(decoded.getSubject()).isEqualTo("alice");
		assertThat(token.tokenType()).isEqualTo("Bearer");
		assertThat(token.customerId()).isEqualTo("alice");
	}

	@Test
	void mintsTokensValidForADay() {
		SandboxToken token = new SandboxTokens(new CustomerTokenProperties(SECRET, null, null, null)).mint("bob");

		assertThat(token.expiresAt()).isCloseTo(Instant.now().plus(Duration.ofHours(24)),
				within(Duration.ofMinutes(1)));
	}

	@Test
	void carriesTheConfiguredIssuerAndAudienceSoTheyAreAccepted() {
		CustomerTokenProperties properties = new CustomerTokenProperties(SECRET, "https://shop.example/auth", null,
				"storefront");
		SandboxToken token = new SandboxTokens(properties).mint("carol");

		Jwt decoded = decoder(properties).decode(token.accessToken());

		assertThat(decoded.getIssuer()).hasToString("https://shop.example/auth");
		assertThat(decoded.getAudience()).containsExactly("storefront");
	}

	@Test
	void refusesToStartWithoutASecretToSignWith() {
		assertThatIllegalStateException()
			.isThrownBy(() -> new SandboxTokens(new CustomerTokenProperties(null, null, null, null)))
			.withMessageContaining("CUSTOMER_JWT_SECRET");
	}

	private static JwtDecoder decoder(CustomerTokenProperties properties) {
		return new SecurityConfiguration().customerJwtDecoder(properties);
	}

}
