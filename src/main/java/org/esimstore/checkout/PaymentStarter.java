package org.esimstore.checkout;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.esimstore.system.ApiException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Starts payment of new orders with the configured provider; without one, orders are paid
 * outside the storefront and confirmed by the merchant.
 */
@Component
class PaymentStarter {

	static final String MANUAL_PROVIDER = "manual";

	private static final Logger logger = LoggerFactory.getLogger(PaymentStarter.class);

	private final @Nullable PaymentGateway gateway;

	private final OrderRepository orders;

	PaymentStarter(List<PaymentGateway> gateways, @Value("${storefront.payment.provider:}") String provider,
			OrderRepository orders) {
		this.gateway = select(gateways, provider);
		this.orders = orders;
	}

	private static @Nullable PaymentGateway select(List<PaymentGateway> gateways, String provider) {
		if (!StringUtils.hasText(provider)) {
			logger.info("No PAYMENT_PROVIDER is set: orders wait until the merchant confirms their payment");
			return null;
		}
		String wanted = provider.strip().toLowerCase(Locale.ROOT);
		return gateways.stream()
			.filter((gateway) -> gateway.provider().equalsIgnoreCase(wanted))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("PAYMENT_PROVIDER '" + provider
					+ "' is not available; available: " + gateways.stream().map(PaymentGateway::provider).toList()));
	}

	/**
	 * Makes sure an unpaid order has payment instructions, starting payment when it has
	 * none yet.
	 * @param order the order
	 * @return the order as stored afterwards
	 * @throws PaymentUnavailableException when the provider cannot start the payment
	 */
	Order ensureStarted(Order order) {
		if (order.payment() != null || order.state() != OrderState.AWAITING_PAYMENT) {
			return order;
		}
		PaymentInstructions instructions = (this.gateway != null) ? start(this.gateway, order)
				: new PaymentInstructions(MANUAL_PROVIDER, order.customerRef(), null, null);
		if (!this.orders.storePaymentInstructions(order.id(), instructions)) {
			logger.debug("Order {} got payment instructions meanwhile; keeping those", order.id());
		}
		return this.orders.findById(order.id()).orElseThrow(() -> new OrderNotFoundException(order.id()));
	}

	private static PaymentInstructions start(PaymentGateway gateway, Order order) {
		try {
			return gateway.start(order.toPayable());
		}
		catch (ApiException ex) {
			throw ex;
		}
		catch (RuntimeException ex) {
			logger.warn("Payment provider '{}' could not start the payment of order {}: {}", gateway.provider(),
					order.id(), ex.getMessage());
			throw new PaymentUnavailableException(order.id(), gateway.provider(), ex);
		}
	}

}
