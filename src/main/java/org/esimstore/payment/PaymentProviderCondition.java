package org.esimstore.payment;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Matches when a payment provider is in use: it is the default provider
 * ({@code storefront.payment.provider}), or its secret key is set so that orders may
 * choose it and its payments can be refunded.
 */
public abstract class PaymentProviderCondition extends SpringBootCondition {

	private final PaymentProviderType provider;

	protected PaymentProviderCondition(PaymentProviderType provider) {
		this.provider = provider;
	}

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		Environment environment = context.getEnvironment();
		String selected = environment.getProperty("storefront.payment.provider", "");
		if (this.provider.id().equalsIgnoreCase(selected.strip())) {
			return ConditionOutcome.match(this.provider.displayName() + " is the payment provider");
		}
		String keyProperty = "storefront.payment." + this.provider.id() + ".secret-key";
		if (StringUtils.hasText(environment.getProperty(keyProperty))) {
			return ConditionOutcome.match(keyProperty + " is set");
		}
		return ConditionOutcome
			.noMatch(this.provider.displayName() + " is neither the payment provider nor has " + keyProperty);
	}

}
