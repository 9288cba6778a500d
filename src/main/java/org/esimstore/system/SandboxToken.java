package org.esimstore.system;

import java.time.Instant;

/**
 * A customer token minted by the sandbox.
 *
 * @param accessToken the signed JWT, to send as {@code Authorization: Bearer <token>}
 * @param tokenType always {@code Bearer}
 * @param customerId the customer, the token's subject
 * @param expiresAt when the token stops being accepted
 */
record SandboxToken(String accessToken, String tokenType, String customerId, Instant expiresAt) {
}
