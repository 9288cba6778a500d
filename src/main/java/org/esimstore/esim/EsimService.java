package org.esimstore.esim;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.esimstore.dancity.DancityClient;
import org.esimstore.dancity.DancityEsimDetails;
import org.esimstore.dancity.DancityException;
import org.esimstore.dancity.EsimStatus;
import org.esimstore.dancity.Masking;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers eSIMs, shows them to their owners with install details, and keeps their
 * status and usage fresh from Dancity without ever letting a Dancity failure hide them.
 */
@Service
class EsimService implements Esims {

	private static final Logger logger = LoggerFactory.getLogger(EsimService.class);

	private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"));

	private final EsimRepository repository;

	private final JdbcClient jdbc;

	private final ActivationCodeCipher cipher;

	private final DancityClient dancity;

	private final EsimProperties properties;

	EsimService(EsimRepository repository, JdbcClient jdbc, ActivationCodeCipher cipher, DancityClient dancity,
			EsimProperties properties) {
		this.repository = repository;
		this.jdbc = jdbc;
		this.cipher = cipher;
		this.dancity = dancity;
		this.properties = properties;
	}

	@Override
	@Transactional
	public CustomerEsim register(EsimRegistration registration) {
		Instant now = now();
		StoredEsim esim = findRegistered(registration);
		if (esim == null) {
			StoredEsim candidate = StoredEsim.registered(registration, now);
			withProfile(candidate, registration.details(), now);
			if (insertIfAbsent(candidate)) {
				logger.info("Registered eSIM {} ({}, ICCID {}) for order {} of customer {}", candidate.id(),
						candidate.status(), Masking.iccid(candidate.iccid()), registration.orderId(),
						registration.customerId());
			}
			esim = findRegistered(registration);
			if (esim == null) {
				throw new IllegalStateException(
						"The eSIM of order '" + registration.orderId() + "' was neither inserted nor found");
			}
		}
		reconcile(esim, registration, now);
		return view(esim);
	}

	@Override
	public Optional<CustomerEsim> findForCustomer(String customerId, UUID esimId) {
		return this.repository.findByIdAndCustomerId(esimId, customerId).map(this::view);
	}

	@Override
	public Optional<CustomerEsim> findByOrder(UUID orderId) {
		return this.repository.findByOrderId(orderId).map(this::view);
	}

	@Override
	public CustomerEsim refreshUsage(UUID esimId) {
		StoredEsim esim = this.repository.findById(esimId).orElseThrow(() -> new EsimNotFoundException(esimId));
		return view(refresh(esim, now()));
	}

	@Override
	public TopUpTarget topUpTarget(String customerId, UUID esimId) {
		StoredEsim esim = refreshIfDue(findOwned(customerId, esimId));
		String iccid = esim.iccid();
		if (iccid == null) {
			throw new TopUpNotAllowedException(esimId, esim.status(),
					"eSIM '" + esimId + "' cannot be topped up before Dancity has allocated it");
		}
		if (!esim.status().allowsTopUp()) {
			throw new TopUpNotAllowedException(esimId, esim.status(),
					"eSIM '" + esimId + "' cannot be topped up while it is " + esim.status());
		}
		return new TopUpTarget(esimId, iccid, esim.status(), esim.packageCode(), esim.regionCode());
	}

	/**
	 * One page of a customer's eSIMs, newest first, as stored: a list never waits for
	 * Dancity.
	 * @param customerId the customer
	 * @param page the page, from 0
	 * @param size the page size
	 * @return the page
	 */
	Page<CustomerEsim> listForCustomer(String customerId, int page, int size) {
		return this.repository.findByCustomerId(customerId, PageRequest.of(page, size, NEWEST_FIRST)).map(this::view);
	}

	/**
	 * One of a customer's eSIMs, with status and usage from Dancity when the stored ones
	 * are older than the refresh interval and Dancity answers; stored ones otherwise.
	 * @param customerId the customer
	 * @param esimId the eSIM
	 * @return the eSIM
	 * @throws EsimNotFoundException when it does not exist or belongs to someone else
	 */
	CustomerEsim showForCustomer(String customerId, UUID esimId) {
		return view(refreshIfDue(findOwned(customerId, esimId)));
	}

	/**
	 * One of a customer's eSIMs as stored, for its install details: never asks Dancity,
	 * so it works while Dancity is down.
	 * @param customerId the customer
	 * @param esimId the eSIM
	 * @return the eSIM
	 * @throws EsimNotFoundException when it does not exist or belongs to someone else
	 */
	CustomerEsim storedForCustomer(String customerId, UUID esimId) {
		return view(findOwned(customerId, esimId));
	}

	private StoredEsim findOwned(String customerId, UUID esimId) {
		return this.repository.findByIdAndCustomerId(esimId, customerId)
			.orElseThrow(() -> new EsimNotFoundException(esimId));
	}

	private @Nullable StoredEsim findRegistered(EsimRegistration registration) {
		Optional<StoredEsim> byOrder = this.repository.findByOrderId(registration.orderId());
		if (byOrder.isPresent()) {
			return byOrder.get();
		}
		String iccid = registration.details().isAllocated() ? registration.details().iccid() : null;
		return (iccid != null) ? this.repository.findByIccid(iccid).orElse(null) : null;
	}

	private void reconcile(StoredEsim esim, EsimRegistration registration, Instant now) {
		if (!esim.customerId().equals(registration.customerId())) {
			throw new EsimAlreadyRegisteredException(esim.id(), "eSIM '" + esim.id() + "' of order '"
					+ registration.orderId() + "' is already registered for another customer");
		}
		if (esim.orderId() == null) {
			esim.linkOrder(registration.orderId(), now);
		}
		else if (!esim.orderId().equals(registration.orderId())) {
			throw new EsimAlreadyRegisteredException(esim.id(),
					"ICCID '" + Masking.iccid(esim.iccid()) + "' is already registered as eSIM '" + esim.id()
							+ "' of order '" + esim.orderId() + "', not of order '" + registration.orderId() + "'");
		}
		DancityEsimDetails details = registration.details();
		if (isOtherProfile(esim, details)) {
			throw new EsimAlreadyRegisteredException(esim.id(),
					"eSIM '" + esim.id() + "' has ICCID '" + Masking.iccid(esim.iccid())
							+ "', but the registration says '" + Masking.iccid(details.iccid()) + "'");
		}
		esim.completeDancityReferences(registration.dancityTransactionId(), registration.dancityTranxId());
		if (completeProfileIfAllocated(esim, details, now)) {
			// Registered before allocation: these details are newer than the stored
			// usage.
			esim.applyUsage(details, now);
		}
	}

	private static boolean isOtherProfile(StoredEsim esim, DancityEsimDetails details) {
		return esim.iccid() != null && details.isAllocated() && !esim.iccid().equals(details.iccid());
	}

	private boolean completeProfileIfAllocated(StoredEsim esim, DancityEsimDetails details, Instant now) {
		if (esim.iccid() != null || !details.isAllocated()) {
			return false;
		}
		withProfile(esim, details, now);
		logger.info("eSIM {} is allocated: ICCID {}", esim.id(), Masking.iccid(esim.iccid()));
		return true;
	}

	private void withProfile(StoredEsim esim, DancityEsimDetails details, Instant now) {
		if (details.isAllocated()) {
			String activationCode = Objects.requireNonNull(details.activationCode()).strip();
			esim.completeProfile(Objects.requireNonNull(details.iccid()), this.cipher.encrypt(activationCode),
					smdpAddress(activationCode, details), now);
		}
	}

	private @Nullable String smdpAddress(String activationCode, DancityEsimDetails details) {
		try {
			return LpaActivationCode.parse(activationCode).smdpAddress();
		}
		catch (InvalidActivationCodeException ex) {
			logger.warn("Storing the activation code of ICCID {} as Dancity sent it: {}",
					Masking.iccid(details.iccid()), ex.getMessage());
			return details.smdpAddress();
		}
	}

	private boolean insertIfAbsent(StoredEsim esim) {
		int inserted = this.jdbc.sql("""
				INSERT INTO esim (id, customer_id, order_id, iccid, dancity_transaction_id, dancity_tranx_id,
				    package_code, package_name, region_code, status, dancity_status, activation_code_encrypted,
				    smdp_address, data_total_bytes, data_remaining_bytes, validity_remaining_days, refreshed_at,
				    refresh_attempted_at, created_at, updated_at, version)
				VALUES (:id, :customerId, :orderId, :iccid, :transactionId, :tranxId, :packageCode, :packageName,
				    :regionCode, :status, :dancityStatus, :activationCode, :smdpAddress, :dataTotalBytes,
				    :dataRemainingBytes, :validityRemainingDays, :now, :now, :now, :now, 0)
				ON CONFLICT DO NOTHING""")
			.param("id", esim.id())
			.param("customerId", esim.customerId())
			.param("orderId", esim.orderId())
			.param("iccid", esim.iccid())
			.param("transactionId", esim.dancityTransactionId())
			.param("tranxId", esim.dancityTranxId())
			.param("packageCode", esim.packageCode())
			.param("packageName", esim.packageName())
			.param("regionCode", esim.regionCode())
			.param("status", esim.status().name())
			.param("dancityStatus", esim.dancityStatus())
			.param("activationCode", esim.encryptedActivationCode())
			.param("smdpAddress", esim.smdpAddress())
			.param("dataTotalBytes", esim.dataTotalBytes())
			.param("dataRemainingBytes", esim.dataRemainingBytes())
			.param("validityRemainingDays", esim.validityRemainingDays())
			.param("now", esim.createdAt().atOffset(ZoneOffset.UTC))
			.update();
		return inserted == 1;
	}

	private StoredEsim refreshIfDue(StoredEsim esim) {
		Instant now = now();
		if (!esim.isRefreshDue(now, this.properties.usageRefreshInterval()) || this.repository.claimRefresh(esim.id(),
				now, now.minus(this.properties.usageRefreshInterval())) == 0) {
			return esim;
		}
		try {
			return refresh(esim, now);
		}
		catch (DancityException ex) {
			logger.warn("Showing eSIM {} with usage as of {}: Dancity did not answer ({})", esim.id(),
					esim.refreshedAt(), ex.getMessage());
			return this.repository.findById(esim.id()).orElse(esim);
		}
	}

	private StoredEsim refresh(StoredEsim esim, Instant now) {
		String reference = esim.dancityReference();
		if (reference == null) {
			return esim;
		}
		DancityEsimDetails details = this.dancity.details(reference);
		logger.debug("Dancity shows eSIM {} as {}", esim.id(), details);
		if (isOtherProfile(esim, details)) {
			logger.warn("Dancity reports ICCID {} for eSIM {}, which has ICCID {}; keeping what is stored",
					Masking.iccid(details.iccid()), esim.id(), Masking.iccid(esim.iccid()));
			return esim;
		}
		EsimStatus previous = esim.status();
		completeProfileIfAllocated(esim, details, now);
		if (esim.applyUsage(details, now)) {
			logger.info("eSIM {} is now {} (was {}; Dancity says '{}')", esim.id(), esim.status(), previous,
					details.rawStatus());
		}
		try {
			return this.repository.save(esim);
		}
		catch (OptimisticLockingFailureException ex) {
			logger.debug("eSIM {} changed while Dancity was asked; showing the newer copy", esim.id());
			return this.repository.findById(esim.id()).orElse(esim);
		}
	}

	private CustomerEsim view(StoredEsim esim) {
		String encrypted = esim.encryptedActivationCode();
		InstallDetails install = (encrypted != null)
				? InstallDetails.of(this.cipher.decrypt(encrypted), esim.smdpAddress()) : null;
		return new CustomerEsim(esim.id(), esim.customerId(), esim.orderId(), esim.iccid(), esim.status(),
				esim.packageCode(), esim.packageName(), esim.regionCode(), esim.dataTotalBytes(),
				esim.dataRemainingBytes(), esim.validityRemainingDays(), esim.refreshedAt(), esim.createdAt(), install);
	}

	private static Instant now() {
		// PostgreSQL keeps microseconds; truncating keeps stored and in-memory times
		// equal.
		return Instant.now().truncatedTo(ChronoUnit.MICROS);
	}

}
