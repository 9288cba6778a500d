package org.esimstore.system;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Mints customer tokens in the sandbox, signed with the same HS256 secret the service
 * verifies, and prints a sample one at start-up so the API can be tried at once.
 */
@Component
@ConditionalOnBooleanProperty("storefront.sandbox.enabled")
class SandboxTokens {

	static final String SAMPLE_CUSTOMER = "sandbox-customer";

	static final Duration LIFETIME = Duration.ofHours(24);

	private static final Logger logger = LoggerFactory.getLogger(SandboxTokens.class);

	private final JwtEncoder encoder;

	private final CustomerTokenProperties properties;

	SandboxTokens(CustomerTokenProperties properties) {
		if (!StringUtils.hasText(properties.secret())) {
			throw new IllegalStateException("The sandbox mints customer tokens with CUSTOMER_JWT_SECRET; set it");
		}
		byte[] secret = properties.secret().getBytes(StandardCharsets.UTF_8);
		this.encoder = NimbusJwtEncoder.withSecretKey(new SecretKeySpec(secret, "HmacSHA256"))
			.algorithm(MacAlgorithm.HS256)
			.build();
		this.properties = properties;
	}

	/**
	 * A token for a customer, valid for 24 hours.
	 * @param customerId the customer, which becomes the token's subject
	 * @return the token
	 */
	SandboxToken mint(String customerId) {
		Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		Instant expiresAt = now.plus(LIFETIME);
		JwtClaimsSet.Builder claims = JwtClaimsSet.builder().subject(customerId).issuedAt(now).expiresAt(expiresAt);
		if (StringUtils.hasText(this.properties.issuerUri())) {
			claims.issuer(this.properties.issuerUri());
		}
		if (StringUtils.hasText(this.properties.audience())) {
			claims.audience(List.of(this.properties.audience()));
		}
		String token = this.encoder
			.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims.build()))
			.getTokenValue();
		return new SandboxToken(token, "Bearer", customerId, expiresAt);
	}

	@EventListener(ApplicationReadyEvent.class)
	void printSample() {
		SandboxToken sample = mint(SAMPLE_CUSTOMER);
		logger.warn("""

				SANDBOX customer token for '{}' (valid until {}):

				  {}

				  Mint one for another customer: POST /api/v1/sandbox/tokens {"customerId": "..."}
				""", sample.customerId(), sample.expiresAt(), sample.accessToken());
	}

}
