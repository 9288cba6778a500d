package org.esimstore.catalog;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import jakarta.annotation.PostConstruct;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.esimstore.money.Money;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The merchant's pricing rules and roundings, stored in PostgreSQL and applied from an
 * in-memory snapshot: an edit made here applies to the very next price, an edit made
 * through another instance once the snapshot is next reloaded.
 */
@Service
public class PricingRules implements RetailPricing {

	private static final Logger logger = LoggerFactory.getLogger(PricingRules.class);

	private static final Comparator<PricingRule> RULE_ORDER = Comparator.comparing(PricingRule::scope)
		.thenComparing(PricingRule::scopeKey, Comparator.nullsFirst(Comparator.naturalOrder()));

	private final PricingRuleRepository ruleRepository;

	private final PricingRoundingRepository roundingRepository;

	private final PricingProperties properties;

	private final TransactionTemplate transactions;

	// One load at a time, so a periodic reload that read the tables before an edit cannot
	// publish its older rules after the edit's own reload.
	private final Lock loading = new ReentrantLock();

	private volatile PricingSnapshot snapshot;

	PricingRules(PricingRuleRepository ruleRepository, PricingRoundingRepository roundingRepository,
			PricingProperties properties, PlatformTransactionManager transactionManager) {
		this.ruleRepository = ruleRepository;
		this.roundingRepository = roundingRepository;
		this.properties = properties;
		this.transactions = new TransactionTemplate(transactionManager);
		this.snapshot = configuredSnapshot(properties);
	}

	@PostConstruct
	void seedAndLoad() {
		seedWhenEmpty();
		reload();
	}

	/**
	 * The retail price by the current snapshot; never queries the database.
	 * @throws UnsupportedCurrencyException when no rounding is stored for the currency
	 * @throws PriceUnavailableException for a USD price without Dancity's exchange rate
	 */
	@Override
	public Money retailPrice(WholesaleCost cost, Currency currency) {
		return this.snapshot.retailPrice(cost, currency);
	}

	/**
	 * The currencies prices can be shown in right now.
	 * @return the currencies that have a rounding
	 */
	public Set<Currency> currencies() {
		return this.snapshot.currencies();
	}

	/**
	 * Every stored rule: the default first, then region rules, then package rules.
	 * @return the rules
	 */
	public List<PricingRule> rules() {
		return this.ruleRepository.findAll().stream().map(PricingRuleEntity::toRule).sorted(RULE_ORDER).toList();
	}

	/**
	 * One stored rule.
	 * @param scope the rule's scope
	 * @param scopeKey the region or package code; {@code null} for the default rule
	 * @return the rule
	 * @throws PricingRuleNotFoundException when there is none
	 * @throws PricingChangeRejectedException when the key cannot belong to the scope
	 */
	public PricingRule rule(PricingScope scope, @Nullable String scopeKey) {
		String key = PricingValidation.scopeKey(scope, scopeKey);
		return find(scope, key).map(PricingRuleEntity::toRule)
			.orElseThrow(() -> new PricingRuleNotFoundException(scope, String.valueOf(key)));
	}

	/**
	 * Creates or changes the rule for a scope and key; the next price computed uses it.
	 * @param scope the rule's scope
	 * @param scopeKey the region code (stored in upper case) or package code;
	 * {@code null} for the default rule
	 * @param terms the new terms
	 * @return the stored rule
	 * @throws PricingChangeRejectedException when the key or a term is out of bounds
	 */
	public PricingRule saveRule(PricingScope scope, @Nullable String scopeKey, PricingTerms terms) {
		String key = PricingValidation.scopeKey(scope, scopeKey);
		PricingValidation.terms(PricingValidation.describe(scope, key), terms);
		PricingRule saved = write(() -> {
			Instant now = now();
			PricingRuleEntity entity = find(scope, key).orElseGet(() -> new PricingRuleEntity(scope, key, terms, now));
			entity.change(terms, now);
			return this.ruleRepository.save(entity).toRule();
		});
		logger.info("{} set to markup {}%, fixed fee {} NGN, minimum margin {}%",
				PricingValidation.describe(scope, key), terms.markupPercent().toPlainString(),
				terms.fixedFee().toPlainString(), terms.minimumMarginPercent().toPlainString());
		return saved;
	}

	/**
	 * Removes a region or package rule; its packages fall back to the next rule.
	 * @param scope {@link PricingScope#REGION} or {@link PricingScope#PACKAGE}
	 * @param scopeKey the region or package code
	 * @throws PricingRuleNotFoundException when there is no such rule
	 * @throws PricingChangeRejectedException for the default rule, which can only be
	 * changed
	 */
	public void deleteRule(PricingScope scope, String scopeKey) {
		if (scope == PricingScope.DEFAULT) {
			throw new PricingChangeRejectedException(PricingValidation.describe(scope, null),
					Map.of("scope", "the default rule cannot be removed, only changed"));
		}
		String key = Objects.requireNonNull(PricingValidation.scopeKey(scope, scopeKey));
		write(() -> {
			PricingRuleEntity entity = find(scope, key).orElseThrow(() -> new PricingRuleNotFoundException(scope, key));
			this.ruleRepository.delete(entity);
			return entity;
		});
		logger.info("{} removed", PricingValidation.describe(scope, key));
	}

	/**
	 * The stored roundings; their currencies are the ones prices are shown in.
	 * @return the roundings by currency code
	 */
	public List<PricingCurrencyRounding> roundings() {
		return this.roundingRepository.findAll()
			.stream()
			.map(PricingRoundingEntity::toCurrencyRounding)
			.sorted(Comparator.comparing((rounding) -> rounding.currency().getCurrencyCode()))
			.toList();
	}

	/**
	 * Creates or changes the rounding of a currency, which offers prices in it; the next
	 * price computed uses it.
	 * @param currency NGN or USD
	 * @param rounding the new rounding
	 * @return the stored rounding
	 * @throws UnsupportedCurrencyException for a currency prices cannot be computed in
	 * @throws PricingChangeRejectedException when the step or ending is out of bounds
	 */
	public PricingCurrencyRounding saveRounding(Currency currency, PricingRounding rounding) {
		PricingValidation.rounding(currency, rounding);
		PricingCurrencyRounding saved = write(() -> {
			Instant now = now();
			PricingRoundingEntity entity = this.roundingRepository.findById(currency.getCurrencyCode())
				.orElseGet(() -> new PricingRoundingEntity(currency, rounding, now));
			entity.change(rounding, now);
			return this.roundingRepository.save(entity).toCurrencyRounding();
		});
		logger.info("Rounding for {} set to steps of {}{}", currency.getCurrencyCode(), rounding.step().toPlainString(),
				(rounding.ending() != null) ? " ending in " + rounding.ending().toPlainString() : "");
		return saved;
	}

	/**
	 * Stops offering prices in a currency. NGN, the currency Dancity charges in, stays.
	 * @param currency the currency
	 * @throws UnsupportedCurrencyException when prices are not offered in it
	 * @throws PricingChangeRejectedException for NGN
	 */
	public void deleteRounding(Currency currency) {
		if (currency.equals(Money.NGN)) {
			throw new PricingChangeRejectedException("Rounding for NGN",
					Map.of("currency", "cannot be removed: NGN is the currency Dancity charges in"));
		}
		write(() -> {
			PricingRoundingEntity entity = this.roundingRepository.findById(currency.getCurrencyCode())
				.orElseThrow(() -> new UnsupportedCurrencyException(currency.getCurrencyCode()));
			this.roundingRepository.delete(entity);
			return entity;
		});
		logger.info("Prices are no longer offered in {}", currency.getCurrencyCode());
	}

	/**
	 * Replaces the snapshot with the stored rules and roundings.
	 */
	void reload() {
		this.loading.lock();
		try {
			this.snapshot = load();
		}
		finally {
			this.loading.unlock();
		}
	}

	/**
	 * Reloads, keeping the current snapshot when the database cannot be read.
	 */
	void reloadOrKeep() {
		try {
			reload();
		}
		catch (RuntimeException ex) {
			logger.warn("Could not reload the pricing rules, still pricing with the ones loaded before: {}",
					ex.toString());
		}
	}

	private PricingSnapshot load() {
		PricingTerms defaultTerms = null;
		Map<String, PricingTerms> regionTerms = new HashMap<>();
		Map<String, PricingTerms> packageTerms = new HashMap<>();
		List<PricingRuleEntity> rules = this.ruleRepository.findAll();
		for (PricingRuleEntity rule : rules) {
			switch (rule.scope()) {
				case DEFAULT -> defaultTerms = rule.terms();
				case REGION -> regionTerms.put(Objects.requireNonNull(rule.scopeKey()), rule.terms());
				case PACKAGE -> packageTerms.put(Objects.requireNonNull(rule.scopeKey()), rule.terms());
			}
		}
		if (defaultTerms == null) {
			throw new IllegalStateException("No DEFAULT pricing rule is stored in table pricing_rule");
		}
		Map<Currency, PricingRounding> roundings = new HashMap<>();
		this.roundingRepository.findAll().forEach((entity) -> roundings.put(entity.currency(), entity.rounding()));
		logger.debug("Loaded {} pricing rules and roundings for {}", rules.size(), roundings.keySet());
		return new PricingSnapshot(defaultTerms, regionTerms, packageTerms, roundings);
	}

	private void seedWhenEmpty() {
		try {
			this.transactions.executeWithoutResult((status) -> {
				seedRules();
				seedRoundings();
			});
		}
		catch (DataIntegrityViolationException ex) {
			logger.info("Pricing rules were seeded by another instance starting at the same time");
		}
	}

	private void seedRules() {
		Instant now = now();
		PricingTerms defaults = this.properties.defaultTerms();
		if (this.ruleRepository.count() == 0) {
			this.ruleRepository.save(new PricingRuleEntity(PricingScope.DEFAULT, null, defaults, now));
			this.properties.terms(PricingScope.REGION)
				.forEach((key, terms) -> this.ruleRepository
					.save(new PricingRuleEntity(PricingScope.REGION, key, terms, now)));
			this.properties.terms(PricingScope.PACKAGE)
				.forEach((key, terms) -> this.ruleRepository
					.save(new PricingRuleEntity(PricingScope.PACKAGE, key, terms, now)));
			logger.info(
					"Seeded the pricing rules from storefront.pricing: markup {}%, fixed fee {} NGN, minimum "
							+ "margin {}%, {} region and {} package rules",
					defaults.markupPercent().toPlainString(), defaults.fixedFee().toPlainString(),
					defaults.minimumMarginPercent().toPlainString(), this.properties.regions().size(),
					this.properties.packages().size());
		}
		else if (find(PricingScope.DEFAULT, null).isEmpty()) {
			this.ruleRepository.save(new PricingRuleEntity(PricingScope.DEFAULT, null, defaults, now));
			logger.warn("The DEFAULT pricing rule was missing; restored it from storefront.pricing");
		}
	}

	private void seedRoundings() {
		if (this.roundingRepository.count() == 0) {
			Instant now = now();
			Map<Currency, PricingRounding> roundings = this.properties.roundings();
			roundings.forEach((currency, rounding) -> this.roundingRepository
				.save(new PricingRoundingEntity(currency, rounding, now)));
			logger.info("Seeded the pricing roundings from storefront.pricing for {}", roundings.keySet());
		}
	}

	private Optional<PricingRuleEntity> find(PricingScope scope, @Nullable String key) {
		return (key != null) ? this.ruleRepository.findByScopeAndScopeKey(scope, key)
				: this.ruleRepository.findByScopeAndScopeKeyIsNull(scope);
	}

	/**
	 * Runs a change in its own transaction and reloads the snapshot after it commits. Two
	 * instances creating the same rule at once collide on its unique key; the loser tries
	 * once more and then finds the winner's row to change.
	 */
	private <T> T write(Supplier<T> change) {
		T result;
		try {
			result = Objects.requireNonNull(this.transactions.execute((status) -> change.get()));
		}
		catch (DataIntegrityViolationException ex) {
			result = Objects.requireNonNull(this.transactions.execute((status) -> change.get()));
		}
		reload();
		return result;
	}

	private static Instant now() {
		// PostgreSQL keeps microseconds; what is returned should equal what is stored.
		return Instant.now().truncatedTo(ChronoUnit.MICROS);
	}

	private static PricingSnapshot configuredSnapshot(PricingProperties properties) {
		PricingValidation.terms("storefront.pricing", properties.defaultTerms());
		Map<String, PricingTerms> regionTerms = properties.terms(PricingScope.REGION);
		Map<String, PricingTerms> packageTerms = properties.terms(PricingScope.PACKAGE);
		regionTerms.forEach((key, terms) -> PricingValidation.terms("storefront.pricing.regions." + key, terms));
		packageTerms.forEach((key, terms) -> PricingValidation.terms("storefront.pricing.packages." + key, terms));
		Map<Currency, PricingRounding> roundings = properties.roundings();
		roundings.forEach(PricingValidation::rounding);
		return new PricingSnapshot(properties.defaultTerms(), regionTerms, packageTerms, roundings);
	}

}
