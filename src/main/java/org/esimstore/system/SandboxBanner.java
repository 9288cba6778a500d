package org.esimstore.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Says loudly, once the service is up, that this is a sandbox talking to a simulated
 * Dancity.
 */
@Component
@ConditionalOnBooleanProperty("storefront.sandbox.enabled")
class SandboxBanner {

	private static final Logger logger = LoggerFactory.getLogger(SandboxBanner.class);

	@EventListener(ApplicationReadyEvent.class)
	void announce() {
		logger.warn("""

				==================================================================================
				  SANDBOX: this service talks to a SIMULATED Dancity with sandbox payments.
				  No real eSIM can be bought and no real money is taken. Do not expose it.
				==================================================================================""");
	}

}
