package org.esimstore.checkout;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.esimstore.system.ApiException;

import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Starts payment of new orders with the provider they are paid with; without one, orders
 * are paid outside the storefront and confirmed by the merchant.
 */
@Component
class PaymentStarter {

	static final String MANUAL_PROVIDER = "manual";

	private static final Logger logger = LoggerFactory.getLogger(PaymentStarter.class);

	private final PaymentGateways gateways;

	private final OrderRepository orders;

	PaymentStarter(PaymentGateways gateways, OrderRepository orders) {
		this.gateways = gateways;
		this.orders = orders;
	}

	/**
	 * Checks how an order is to be paid, before it is stored.
	 * @param requestedProvider the provider the request asks for, {@code null} for the
	 * default
	 * @param email the customer's email address from the request or the token
	 * @return the choice, to start the payment with
	 * @throws PaymentProviderNotAvailableException when the requested provider is not
	 * available
	 * @throws EmailRequiredException when the provider needs an email address and there
	 * is none
	 */
	PaymentChoice choose(@Nullable String requestedProvider, @Nullable String email) {
		PaymentGateway gateway = this.gateways.forNewOrder(requestedProvider);
		String address = StringUtils.hasText(email) ? email.strip() : null;
		if (gateway != null && gateway.requiresEmail() && address == null) {
			throw new EmailRequiredException(gateway.provider());
		}
		return new PaymentChoice(gateway, address);
	}

	/**
	 * Makes sure an unpaid order has payment instructions, starting payment when it has
	 * none yet.
	 * @param order the order
	 * @param choice how it is paid
	 * @return the order as stored afterwards
	 * @throws PaymentUnavailableException when the provider cannot start the payment
	 */
	Order ensureStarted(Order order, PaymentChoice choice) {
		if (order.payment() != null || order.state() != OrderState.AWAITING_PAYMENT) {
			return order;
		}
		PaymentGateway gateway = choice.gateway();
		PaymentInstructions instructions = (gateway != null) ? start(gateway, order, choice.email())
				: new PaymentInstructions(MANUAL_PROVIDER, order.customerRef(), null, null);
		if (!this.orders.storePaymentInstructions(order.id(), instructions)) {
			logger.debug("Order {} got payment instructions meanwhile; keeping those", order.id());
		}
		return this.orders.findById(order.id()).orElseThrow(() -> new OrderNotFoundException(order.id()));
	}

	private static PaymentInstructions start(PaymentGateway gateway, Order order, @Nullable String email) {
		try {
			return gateway.start(order.toPayable(email));
		}
		catch (ApiException ex) {
			if (ex.status().is4xxClientError()) {
				throw ex;
			}
			throw unavailable(gateway, order, ex);
		}
		catch (RuntimeException ex) {
			throw unavailable(gateway, order, ex);
		}
	}

	private static PaymentUnavailableException unavailable(PaymentGateway gateway, Order order, RuntimeException ex) {
		logger.warn("Payment provider '{}' could not start the payment of order {}: {}", gateway.provider(), order.id(),
				ex.getMessage());
		return new PaymentUnavailableException(order.id(), gateway.provider(), ex);
	}

}
