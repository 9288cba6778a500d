package org.esimstore.catalog;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Stored pricing rules.
 */
interface PricingRuleRepository extends JpaRepository<PricingRuleEntity, Long> {

	Optional<PricingRuleEntity> findByScopeAndScopeKey(PricingScope scope, String scopeKey);

	Optional<PricingRuleEntity> findByScopeAndScopeKeyIsNull(PricingScope scope);

}
