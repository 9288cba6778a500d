package org.esimstore.catalog;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A stored pricing rule, as the admin API lists it.
 *
 * @param scope what the rule applies to
 * @param scopeKey the region code or package code; {@code null} for the default rule
 * @param terms markup, fixed fee and minimum margin
 * @param createdAt when the rule was created
 * @param updatedAt when the rule was last changed
 */
public record PricingRule(PricingScope scope, @Nullable String scopeKey, PricingTerms terms, Instant createdAt,
		Instant updatedAt) {
}
