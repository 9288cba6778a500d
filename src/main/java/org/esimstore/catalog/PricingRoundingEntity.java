package org.esimstore.catalog;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * A row of {@code pricing_rounding}: how prices in one currency are rounded; a currency
 * without a row is not offered.
 */
@Entity
@Table(name = "pricing_rounding")
class PricingRoundingEntity {

	@Id
	@Column(name = "currency", length = 3)
	private String currency;

	@Column(name = "step", nullable = false, precision = 10, scale = 2)
	private BigDecimal step;

	@Column(name = "ending", precision = 3, scale = 2)
	private @Nullable BigDecimal ending;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	PricingRoundingEntity(Currency currency, PricingRounding rounding, Instant now) {
		this.currency = currency.getCurrencyCode();
		this.step = rounding.step();
		this.ending = rounding.ending();
		this.createdAt = now;
		this.updatedAt = now;
	}

	protected PricingRoundingEntity() {
	}

	void change(PricingRounding rounding, Instant now) {
		this.step = rounding.step();
		this.ending = rounding.ending();
		this.updatedAt = now;
	}

	Currency currency() {
		return Currency.getInstance(this.currency);
	}

	PricingRounding rounding() {
		return new PricingRounding(this.step, this.ending);
	}

	PricingCurrencyRounding toCurrencyRounding() {
		return new PricingCurrencyRounding(currency(), rounding(), this.createdAt, this.updatedAt);
	}

}
