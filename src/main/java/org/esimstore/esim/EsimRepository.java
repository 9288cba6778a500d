package org.esimstore.esim;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stored eSIMs, looked up by owner, order or ICCID.
 */
interface EsimRepository extends JpaRepository<StoredEsim, UUID> {

	Optional<StoredEsim> findByIdAndCustomerId(UUID id, String customerId);

	Page<StoredEsim> findByCustomerId(String customerId, Pageable pageable);

	Optional<StoredEsim> findByOrderId(UUID orderId);

	Optional<StoredEsim> findByIccid(String iccid);

	/**
	 * Claims the right to ask Dancity about an eSIM now, so that concurrent requests on
	 * any instance make one call per interval between them.
	 * @param id the eSIM
	 * @param now the time of the attempt
	 * @param dueBefore the latest earlier attempt that still allows this one
	 * @return 1 when claimed, 0 when another attempt was made since {@code dueBefore}
	 */
	@Transactional
	@Modifying
	@Query("update StoredEsim e set e.refreshAttemptedAt = :now where e.id = :id and e.refreshAttemptedAt <= :dueBefore")
	int claimRefresh(@Param("id") UUID id, @Param("now") Instant now, @Param("dueBefore") Instant dueBefore);

}
