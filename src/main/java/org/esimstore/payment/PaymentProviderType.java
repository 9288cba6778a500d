package org.esimstore.payment;

import java.util.Locale;
import java.util.Optional;

/**
 * The payment providers this service can take payments through.
 */
public enum PaymentProviderType {

	/** Simulated payments for local runs; no money moves. */
	SANDBOX("Sandbox"),

	/** Paystack, for cards, bank transfers and USSD in Africa. */
	PAYSTACK("Paystack"),

	/** Stripe Checkout. */
	STRIPE("Stripe");

	private final String displayName;

	PaymentProviderType(String displayName) {
		this.displayName = displayName;
	}

	/**
	 * The provider's name as written in messages, such as {@code Paystack}.
	 * @return the display name
	 */
	public String displayName() {
		return this.displayName;
	}

	/**
	 * The provider's identifier in configuration and URLs, such as {@code paystack}.
	 * @return the lower-case identifier
	 */
	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * The provider with the given identifier, ignoring case.
	 * @param id an identifier such as {@code stripe}
	 * @return the provider, empty when none has that identifier
	 */
	public static Optional<PaymentProviderType> fromId(String id) {
		for (PaymentProviderType type : values()) {
			if (type.id().equalsIgnoreCase(id)) {
				return Optional.of(type);
			}
		}
		return Optional.empty();
	}

}
