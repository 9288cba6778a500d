package org.esimstore.esim;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the eSIM pages use Dancity.
 *
 * @param usageRefreshInterval how long an eSIM's stored status and usage are shown before
 * showing it asks Dancity again; at most one Dancity call per eSIM per interval
 */
@ConfigurationProperties("storefront.esim")
record EsimProperties(@DefaultValue("5m") Duration usageRefreshInterval) {

	EsimProperties {
		if (usageRefreshInterval.isNegative()) {
			throw new IllegalArgumentException(
					"storefront.esim.usage-refresh-interval must not be negative, but is " + usageRefreshInterval);
		}
	}

}
