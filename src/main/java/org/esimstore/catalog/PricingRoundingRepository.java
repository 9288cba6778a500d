package org.esimstore.catalog;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Stored roundings, keyed by ISO currency code.
 */
interface PricingRoundingRepository extends JpaRepository<PricingRoundingEntity, String> {

}
