package org.esimstore.checkout;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A customer's request to buy a new eSIM.
 *
 * @param packageCode the package, as listed in the catalog
 * @param currency the currency to pay in, {@code NGN} when absent
 */
record OrderRequest(
		@NotBlank(message = "packageCode is required") @Pattern(regexp = "[A-Za-z0-9._-]{1,64}",
				message = "packageCode must be 1 to 64 letters, digits, '.', '_' or '-'") String packageCode,
		@Pattern(regexp = "[A-Za-z]{3}",
				message = "currency must be a 3-letter ISO 4217 code") @Nullable String currency) {

}
