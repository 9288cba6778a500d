package org.esimstore.catalog;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * A row of {@code pricing_rule}: the terms for the default, a region or a package.
 */
@Entity
@Table(name = "pricing_rule")
class PricingRuleEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Enumerated(EnumType.STRING)
	@Column(name = "scope", nullable = false, length = 16)
	private PricingScope scope;

	@Column(name = "scope_key", length = 64)
	private @Nullable String scopeKey;

	@Column(name = "markup_percent", nullable = false, precision = 7, scale = 3)
	private BigDecimal markupPercent;

	@Column(name = "fixed_fee", nullable = false, precision = 12, scale = 2)
	private BigDecimal fixedFee;

	@Column(name = "minimum_margin_percent", nullable = false, precision = 7, scale = 3)
	private BigDecimal minimumMarginPercent;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	PricingRuleEntity(PricingScope scope, @Nullable String scopeKey, PricingTerms terms, Instant now) {
		this.scope = scope;
		this.scopeKey = scopeKey;
		this.markupPercent = terms.markupPercent();
		this.fixedFee = terms.fixedFee();
		this.minimumMarginPercent = terms.minimumMarginPercent();
		this.createdAt = now;
		this.updatedAt = now;
	}

	protected PricingRuleEntity() {
	}

	void change(PricingTerms terms, Instant now) {
		this.markupPercent = terms.markupPercent();
		this.fixedFee = terms.fixedFee();
		this.minimumMarginPercent = terms.minimumMarginPercent();
		this.updatedAt = now;
	}

	PricingScope scope() {
		return this.scope;
	}

	@Nullable String scopeKey() {
		return this.scopeKey;
	}

	PricingTerms terms() {
		return new PricingTerms(this.markupPercent, this.fixedFee, this.minimumMarginPercent);
	}

	PricingRule toRule() {
		return new PricingRule(this.scope, this.scopeKey, terms(), this.createdAt, this.updatedAt);
	}

}
