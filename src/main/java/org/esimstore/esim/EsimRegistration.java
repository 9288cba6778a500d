package org.esimstore.esim;

import java.util.Objects;
import java.util.UUID;

import org.esimstore.dancity.DancityEsimDetails;
import org.jspecify.annotations.Nullable;

/**
 * What checkout knows about a provisioned purchase when it registers the resulting eSIM.
 *
 * @param customerId the customer who bought it (the token's subject)
 * @param orderId our order, which was sent to Dancity as {@code customerRef}
 * @param dancityTransactionId Dancity's transaction id (Mongo {@code _id}), when known
 * @param dancityTranxId Dancity's {@code DNTY…} reference, when known
 * @param packageCode the package sold
 * @param packageName the package's display name, when known
 * @param regionCode the package's region, when known
 * @param details what Dancity's details endpoint showed for the purchase; its profile
 * fields may still be empty if Dancity has not allocated the eSIM yet
 */
public record EsimRegistration(String customerId, UUID orderId, @Nullable String dancityTransactionId,
		@Nullable String dancityTranxId, String packageCode, @Nullable String packageName, @Nullable String regionCode,
		DancityEsimDetails details) {

	public EsimRegistration {
		Objects.requireNonNull(orderId, "orderId");
		Objects.requireNonNull(details, "details");
		if (customerId == null || customerId.isBlank()) {
			throw new IllegalArgumentException("An eSIM registration needs a customer id");
		}
		if (packageCode == null || packageCode.isBlank()) {
			throw new IllegalArgumentException("The eSIM registration for order '" + orderId + "' has no package code");
		}
	}

}
