package org.esimstore.checkout;

import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.esimstore.catalog.PackageLookup;
import org.esimstore.catalog.SellablePackage;
import org.esimstore.catalog.UnsupportedCurrencyException;
import org.esimstore.esim.EsimNotFoundException;
import org.esimstore.esim.Esims;
import org.esimstore.esim.TopUpTarget;
import org.esimstore.money.Money;

import org.springframework.stereotype.Service;

/**
 * Places orders at a price fixed now, once per customer and {@code Idempotency-Key}: a
 * repeated request gets the same order, across instances and concurrent requests, because
 * the database's unique key decides.
 */
@Service
class OrderPlacement {

	private static final Logger logger = LoggerFactory.getLogger(OrderPlacement.class);

	private final PackageLookup packages;

	private final Esims esims;

	private final OrderRepository orders;

	private final PaymentStarter payments;

	private final SupplierBalance supplierBalance;

	private final CheckoutProperties properties;

	OrderPlacement(PackageLookup packages, Esims esims, OrderRepository orders, PaymentStarter payments,
			SupplierBalance supplierBalance, CheckoutProperties properties) {
		this.packages = packages;
		this.esims = esims;
		this.orders = orders;
		this.payments = payments;
		this.supplierBalance = supplierBalance;
		this.properties = properties;
	}

	/**
	 * Places an order of a new eSIM, or returns the one placed before with the same key.
	 * @param customerId the customer (the token's subject)
	 * @param idempotencyKey the {@code Idempotency-Key} header, {@code null} when absent
	 * @param request what to buy
	 * @param tokenEmail the {@code email} claim of the customer's token, when it has one
	 * @return the order and whether this request created it
	 */
	PlacedOrder placeEsimOrder(String customerId, @Nullable String idempotencyKey, OrderRequest request,
			@Nullable String tokenEmail) {
		String key = IdempotencyKeys.require(idempotencyKey);
		Currency currency = currency(request.currency());
		String packageCode = request.packageCode().strip();
		String fingerprint = IdempotencyKeys.fingerprint(OrderType.ESIM, packageCode, currency.getCurrencyCode(), null,
				request.paymentProvider());
		Payer payer = new Payer(request.paymentProvider(), email(request.email(), tokenEmail));
		Optional<Order> existing = this.orders.findByIdempotencyKey(customerId, key);
		if (existing.isPresent()) {
			return repeat(existing.get(), key, fingerprint, payer);
		}
		PaymentChoice payment = this.payments.choose(payer.provider(), payer.email());
		SellablePackage sellable = this.packages.findPackage(packageCode, currency, this.properties.priceMaxAge())
			.filter((candidate) -> !candidate.topUp())
			.orElseThrow(() -> PackageNotFoundException.notSold(packageCode));
		this.supplierBalance.requireCovers(sellable.wholesaleCost());
		return place(newOrder(customerId, key, fingerprint, OrderType.ESIM, sellable, null, null), fingerprint, payer,
				payment);
	}

	/**
	 * Places an order of a top-up for one of the customer's eSIMs, or returns the one
	 * placed before with the same key.
	 * @param customerId the customer (the token's subject)
	 * @param esimId the eSIM to top up
	 * @param idempotencyKey the {@code Idempotency-Key} header, {@code null} when absent
	 * @param request what to buy
	 * @param tokenEmail the {@code email} claim of the customer's token, when it has one
	 * @return the order and whether this request created it
	 */
	PlacedOrder placeTopUpOrder(String customerId, UUID esimId, @Nullable String idempotencyKey, TopUpRequest request,
			@Nullable String tokenEmail) {
		String key = IdempotencyKeys.require(idempotencyKey);
		Currency currency = currency(request.currency());
		String packageCode = request.packageCode().strip();
		this.esims.findForCustomer(customerId, esimId).orElseThrow(() -> new EsimNotFoundException(esimId));
		String fingerprint = IdempotencyKeys.fingerprint(OrderType.TOPUP, packageCode, currency.getCurrencyCode(),
				esimId, request.paymentProvider());
		Payer payer = new Payer(request.paymentProvider(), email(request.email(), tokenEmail));
		Optional<Order> existing = this.orders.findByIdempotencyKey(customerId, key);
		if (existing.isPresent()) {
			return repeat(existing.get(), key, fingerprint, payer);
		}
		PaymentChoice payment = this.payments.choose(payer.provider(), payer.email());
		TopUpTarget target = this.esims.topUpTarget(customerId, esimId);
		SellablePackage sellable = this.packages.topUpsFor(target.iccid(), currency)
			.stream()
			.filter((candidate) -> candidate.packageCode().equals(packageCode))
			.findFirst()
			.orElseThrow(() -> PackageNotFoundException.notATopUpOf(packageCode, esimId));
		this.supplierBalance.requireCovers(sellable.wholesaleCost());
		return place(newOrder(customerId, key, fingerprint, OrderType.TOPUP, sellable, esimId, target.iccid()),
				fingerprint, payer, payment);
	}

	/**
	 * Top-ups offered for one of the customer's eSIMs, at retail prices.
	 * @param customerId the customer (the token's subject)
	 * @param esimId the eSIM
	 * @param currencyCode the currency to price them in, {@code NGN} when {@code null}
	 * @return the top-ups, empty when Dancity offers none
	 */
	List<SellablePackage> topUpPackages(String customerId, UUID esimId, @Nullable String currencyCode) {
		Currency currency = currency(currencyCode);
		TopUpTarget target = this.esims.topUpTarget(customerId, esimId);
		return this.packages.topUpsFor(target.iccid(), currency);
	}

	private PlacedOrder place(Order order, String fingerprint, Payer payer, PaymentChoice payment) {
		if (this.orders.insert(order)) {
			logger.info("Order {} placed by customer {}: {} '{}' at {}", order.id(), order.customerId(), order.type(),
					order.packageCode(), order.price());
			return new PlacedOrder(this.payments.ensureStarted(order, payment), true);
		}
		Order earlier = this.orders.findByIdempotencyKey(order.customerId(), order.idempotencyKey())
			.orElseThrow(() -> new IllegalStateException(
					"Order with Idempotency-Key '" + order.idempotencyKey() + "' was neither inserted nor found"));
		return repeat(earlier, order.idempotencyKey(), fingerprint, payer);
	}

	private PlacedOrder repeat(Order existing, String key, String fingerprint, Payer payer) {
		if (!existing.requestFingerprint().equals(fingerprint)) {
			throw new IdempotencyKeyReusedException(key);
		}
		if (existing.payment() != null || existing.state() != OrderState.AWAITING_PAYMENT) {
			return new PlacedOrder(existing, false);
		}
		PaymentChoice payment = this.payments.choose(payer.provider(), payer.email());
		return new PlacedOrder(this.payments.ensureStarted(existing, payment), false);
	}

	private static @Nullable String email(@Nullable String requested, @Nullable String fromToken) {
		return (requested != null && !requested.isBlank()) ? requested : fromToken;
	}

	private Order newOrder(String customerId, String key, String fingerprint, OrderType type, SellablePackage sellable,
			@Nullable UUID esimId, @Nullable String iccid) {
		UUID id = UUID.randomUUID();
		Instant now = Instant.now();
		Money price = sellable.retailPrice();
		return new Order(id, customerId, key, fingerprint, type, OrderState.AWAITING_PAYMENT, sellable.packageCode(),
				sellable.name(), sellable.regionCode(), sellable.dataBytes(), sellable.validityDays(), price,
				sellable.wholesaleCost(), id.toString(), esimId, iccid, null, now.plus(this.properties.paymentWindow()),
				null, 0, null, null, null, 0, null, null, null, false, null, now, null, 0);
	}

	private static Currency currency(@Nullable String code) {
		if (code == null) {
			return Money.NGN;
		}
		try {
			return Currency.getInstance(code.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new UnsupportedCurrencyException(code);
		}
	}

	/**
	 * Who pays and how, as the request asks.
	 *
	 * @param provider the payment provider asked for, {@code null} for the default
	 * @param email the customer's email address, when known
	 */
	private record Payer(@Nullable String provider, @Nullable String email) {
	}

}
