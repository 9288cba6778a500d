package org.esimstore;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.jspecify.annotations.Nullable;

/**
 * Customer bearer tokens for integration tests, signed with HS256 and
 * {@link TestInfrastructure#CUSTOMER_JWT_SECRET} as the application under test expects.
 */
public final class CustomerTokens {

	private static final Duration VALIDITY = Duration.ofHours(1);

	private CustomerTokens() {
	}

	/**
	 * An {@code Authorization} header value for a customer, valid for an hour.
	 * @param customerId the customer, the token's subject
	 * @return {@code Bearer} and the token
	 */
	public static String bearer(String customerId) {
		return "Bearer " + token(customerId);
	}

	/**
	 * A token for a customer, valid for an hour.
	 * @param customerId the customer, the token's subject
	 * @return the signed token
	 */
	public static String token(String customerId) {
		return token(customerId, VALIDITY);
	}

	/**
	 * A token for a customer that expires after the given time; a negative one gives a
	 * token that has already expired.
	 * @param customerId the customer, the token's subject
	 * @param validFor how long from now the token is valid
	 * @return the signed token
	 */
	public static String token(String customerId, Duration validFor) {
		return token(customerId, validFor, null);
	}

	/**
	 * An {@code Authorization} header value for a customer whose token carries an
	 * {@code email} claim, valid for an hour.
	 * @param customerId the customer, the token's subject
	 * @param email the {@code email} claim
	 * @return {@code Bearer} and the token
	 */
	public static String bearer(String customerId, String email) {
		return "Bearer " + token(customerId, VALIDITY, email);
	}

	private static String token(String customerId, Duration validFor, @Nullable String email) {
		Instant now = Instant.now();
		Instant issuedAt = validFor.isNegative() ? now.plus(validFor).minus(VALIDITY) : now;
		JWTClaimsSet claims = new JWTClaimsSet.Builder().subject(customerId)
			.claim("email", email)
			.jwtID(UUID.randomUUID().toString())
			.issueTime(Date.from(issuedAt))
			.notBeforeTime(Date.from(issuedAt))
			.expirationTime(Date.from(now.plus(validFor)))
			.build();
		SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
		try {
			jwt.sign(new MACSigner(TestInfrastructure.CUSTOMER_JWT_SECRET.getBytes(StandardCharsets.UTF_8)));
		}
		catch (JOSEException ex) {
			throw new IllegalStateException("Could not sign a test customer token", ex);
		}
		return jwt.serialize();
	}

}
