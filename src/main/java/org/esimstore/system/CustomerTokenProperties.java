package org.esimstore.system;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How customer bearer tokens are verified: a shared HS256 secret or a real identity
 * provider.
 *
 * @param secret HS256 secret of at least 32 bytes ({@code CUSTOMER_JWT_SECRET})
 * @param issuerUri issuer of a real identity provider ({@code CUSTOMER_JWT_ISSUER_URI});
 * also checked as the {@code iss} claim when set
 * @param jwkSetUri key set of a real identity provider ({@code CUSTOMER_JWT_JWK_SET_URI})
 * @param audience expected {@code aud} claim, checked only when set
 * ({@code CUSTOMER_JWT_AUDIENCE})
 */
@ConfigurationProperties("storefront.customer-jwt")
public record CustomerTokenProperties(@Nullable String secret, @Nullable String issuerUri, @Nullable String jwkSetUri,
		@Nullable String audience) {
}
