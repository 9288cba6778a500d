package org.esimstore.catalog;

import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Reloads the pricing rules every {@code storefront.pricing.reload-interval} on each
 * instance, so that edits made through another instance reach this one's prices.
 */
@Component
class PricingReloadSchedule implements SchedulingConfigurer {

	private final PricingRules rules;

	private final PricingProperties properties;

	PricingReloadSchedule(PricingRules rules, PricingProperties properties) {
		this.rules = rules;
		this.properties = properties;
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		registrar.addFixedDelayTask(new FixedDelayTask(this.rules::reloadOrKeep, this.properties.reloadInterval(),
				this.properties.reloadInterval()));
	}

}
