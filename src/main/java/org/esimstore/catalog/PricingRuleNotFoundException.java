package org.esimstore.catalog;

import java.util.Map;

import org.esimstore.system.ApiException;

import org.springframework.http.HttpStatus;

/**
 * No pricing rule exists for the scope and key asked for.
 */
public class PricingRuleNotFoundException extends ApiException {

	private final PricingScope scope;

	private final String scopeKey;

	public PricingRuleNotFoundException(PricingScope scope, String scopeKey) {
		super(HttpStatus.NOT_FOUND, "PRICING_RULE_NOT_FOUND", "No " + scope + " pricing rule for '" + scopeKey + "'");
		this.scope = scope;
		this.scopeKey = scopeKey;
	}

	@Override
	public Map<String, Object> properties() {
		return Map.of("scope", this.scope.name(), "scopeKey", this.scopeKey);
	}

}
