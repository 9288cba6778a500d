package org.esimstore.checkout;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A customer's request to add data to one of their eSIMs.
 *
 * @param packageCode the top-up package, as listed for the eSIM
 * @param currency the currency to pay in, {@code NGN} when absent
 * @param email the customer's email address for the payment provider (Paystack needs
 * one); the token's {@code email} claim when absent
 * @param paymentProvider the payment provider to pay with, such as {@code paystack}; the
 * configured default when absent
 */
record TopUpRequest(
		@NotBlank(message = "packageCode is required") @Pattern(regexp = "[A-Za-z0-9._-]{1,64}",
				message = "packageCode must be 1 to 64 letters, digits, '.', '_' or '-'") String packageCode,
		@Pattern(regexp = "[A-Za-z]{3}",
				message = "currency must be a 3-letter ISO 4217 code") @Nullable String currency,
		@Email(regexp = ".+@[^@]+\\.[^@]+", message = "email must be an email address such as 'ada@example.com'") @Size(
				max = 254, message = "email must be at most 254 characters") @Nullable String email,
		@Pattern(regexp = "[A-Za-z]{1,32}",
				message = "paymentProvider must be a provider name such as 'paystack'") @Nullable String paymentProvider) {

}
