package org.esimstore.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * An amount of money in one currency, scaled to the currency's minor unit and written as
 * a decimal string, such as {@code {"amount": "4500.00", "currency": "NGN"}}.
 *
 * @param amount the amount, scaled to the currency's minor unit
 * @param currency the ISO 4217 currency
 */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {

	public static final Currency NGN = Currency.getInstance("NGN");

	public static final Currency USD = Currency.getInstance("USD");

	public Money {
		Objects.requireNonNull(amount, "amount");
		Objects.requireNonNull(currency, "currency");
		amount = amount.setScale(currency.getDefaultFractionDigits(), RoundingMode.HALF_UP);
	}

	@JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
	static Money fromJson(@JsonProperty("amount") String amount, @JsonProperty("currency") String currency) {
		return new Money(new BigDecimal(amount), Currency.getInstance(currency));
	}

	public static Money of(String amount, String currency) {
		return new Money(new BigDecimal(amount), Currency.getInstance(currency));
	}

	public static Money of(BigDecimal amount, Currency currency) {
		return new Money(amount, currency);
	}

	public static Money zero(Currency currency) {
		return new Money(BigDecimal.ZERO, currency);
	}

	@JsonValue
	Map<String, String> toJson() {
		return Map.of("amount", this.amount.toPlainString(), "currency", this.currency.getCurrencyCode());
	}

	public Money plus(Money other) {
		requireSameCurrency(other);
		return new Money(this.amount.add(other.amount), this.currency);
	}

	public Money minus(Money other) {
		requireSameCurrency(other);
		return new Money(this.amount.subtract(other.amount), this.currency);
	}

	/**
	 * The amount in the currency's minor unit, such as kobo or cents, as payment
	 * providers want it.
	 * @return the amount in minor units
	 */
	public long minorUnits() {
		return this.amount.movePointRight(this.currency.getDefaultFractionDigits()).longValueExact();
	}

	public boolean isNegative() {
		return this.amount.signum() < 0;
	}

	@Override
	public int compareTo(Money other) {
		requireSameCurrency(other);
		return this.amount.compareTo(other.amount);
	}

	private void requireSameCurrency(Money other) {
		if (!this.currency.equals(other.currency)) {
			throw new IllegalArgumentException(
					"Cannot combine " + this.currency.getCurrencyCode() + " with " + other.currency.getCurrencyCode());
		}
	}

	@Override
	public String toString() {
		return this.amount.toPlainString() + " " + this.currency.getCurrencyCode();
	}

}
