package org.esimstore.checkout;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The payment providers checkout can use, by name: the default one for new orders
 * ({@code storefront.payment.provider}), the others an order may ask for, and every
 * provider that can refund the payments it took. The application does not start when the
 * default is not available.
 */
@Component
class PaymentGateways {

	private static final Logger logger = LoggerFactory.getLogger(PaymentGateways.class);

	private final Map<String, PaymentGateway> byProvider = new LinkedHashMap<>();

	private final @Nullable PaymentGateway defaultGateway;

	PaymentGateways(List<PaymentGateway> gateways, @Value("${storefront.payment.provider:}") String provider) {
		gateways.forEach((gateway) -> this.byProvider.put(normalize(gateway.provider()), gateway));
		this.defaultGateway = selectDefault(provider);
	}

	private @Nullable PaymentGateway selectDefault(String provider) {
		if (!StringUtils.hasText(provider)) {
			logger.info("No PAYMENT_PROVIDER is set: orders wait until the merchant confirms their payment");
			return null;
		}
		PaymentGateway gateway = this.byProvider.get(normalize(provider));
		if (gateway == null || !gateway.available()) {
			throw new IllegalStateException(
					"PAYMENT_PROVIDER '" + provider + "' is not available; available: " + availableProviders());
		}
		logger.info("New orders are paid with {} unless they ask for one of {}", gateway.provider(),
				availableProviders());
		return gateway;
	}

	/**
	 * The gateway a new order is paid with.
	 * @param requested the provider the order asks for, {@code null} for the default
	 * @return the gateway, or {@code null} when orders are paid outside the storefront
	 * @throws PaymentProviderNotAvailableException when the requested provider is not
	 * available
	 */
	@Nullable PaymentGateway forNewOrder(@Nullable String requested) {
		if (requested == null) {
			return this.defaultGateway;
		}
		PaymentGateway gateway = this.byProvider.get(normalize(requested));
		if (gateway == null || !gateway.available()) {
			throw new PaymentProviderNotAvailableException(requested, availableProviders());
		}
		return gateway;
	}

	/**
	 * The gateway that gives back payments a provider took, whether or not new orders may
	 * still use it.
	 * @param provider the provider stored with the payment
	 * @return the gateway, empty when none can refund that provider's payments
	 */
	Optional<PaymentGateway> forRefund(String provider) {
		return Optional.ofNullable(this.byProvider.get(normalize(provider)));
	}

	/**
	 * The providers whose payments a gateway can refund.
	 * @return their names
	 */
	List<String> refundableProviders() {
		return this.byProvider.values().stream().map(PaymentGateway::provider).toList();
	}

	List<String> availableProviders() {
		return this.byProvider.values()
			.stream()
			.filter(PaymentGateway::available)
			.map(PaymentGateway::provider)
			.toList();
	}

	private static String normalize(String provider) {
		return provider.strip().toLowerCase(Locale.ROOT);
	}

}
