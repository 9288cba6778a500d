-- Pricing rules: how a retail price is made from Dancity's NGN cost. The package rule wins over the region rule,
-- which wins over the single default rule. The minimum margin lives on each rule so that a package or region can
-- be given its own floor; the rule that wins supplies both the markup and the floor.
CREATE TABLE pricing_rule (
    id                     BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    scope                  VARCHAR(16)   NOT NULL,
    scope_key              VARCHAR(64),
    markup_percent         NUMERIC(7, 3) NOT NULL,
    fixed_fee              NUMERIC(12, 2) NOT NULL,
    minimum_margin_percent NUMERIC(7, 3) NOT NULL,
    created_at             TIMESTAMPTZ   NOT NULL DEFAULT now(),
    updated_at             TIMESTAMPTZ   NOT NULL DEFAULT now(),
    CONSTRAINT pricing_rule_scope_valid CHECK (scope IN ('DEFAULT', 'REGION', 'PACKAGE')),
    -- The default rule has no key, the others one without white space; region keys are upper case. IS NOT NULL is
    -- spelled out because a CHECK that evaluates to NULL passes.
    CONSTRAINT pricing_rule_scope_key_valid CHECK (
        (scope = 'DEFAULT' AND scope_key IS NULL)
        OR (scope IN ('REGION', 'PACKAGE') AND scope_key IS NOT NULL AND scope_key ~ '^[^[:space:]]{1,64}$'
            AND (scope = 'PACKAGE' OR scope_key = upper(scope_key)))),
    CONSTRAINT pricing_rule_markup_percent_valid CHECK (markup_percent BETWEEN 0 AND 1000),
    CONSTRAINT pricing_rule_fixed_fee_valid CHECK (fixed_fee BETWEEN 0 AND 1000000),
    CONSTRAINT pricing_rule_minimum_margin_percent_valid CHECK (minimum_margin_percent BETWEEN 0 AND 1000),
    CONSTRAINT pricing_rule_updated_after_created CHECK (updated_at >= created_at),
    CONSTRAINT pricing_rule_scope_key_unique UNIQUE (scope, scope_key)
);

-- UNIQUE treats NULL keys as distinct, so the single default rule needs its own index.
CREATE UNIQUE INDEX pricing_rule_one_default ON pricing_rule (scope) WHERE scope = 'DEFAULT';

-- Rounding per currency; a currency without a row is not offered. Only NGN (Dancity's currency) and USD (by
-- Dancity's exchange rate) can be computed.
CREATE TABLE pricing_rounding (
    currency   VARCHAR(3)     PRIMARY KEY,
    step       NUMERIC(10, 2) NOT NULL,
    ending     NUMERIC(3, 2),
    created_at TIMESTAMPTZ    NOT NULL DEFAULT now(),
    updated_at TIMESTAMPTZ    NOT NULL DEFAULT now(),
    CONSTRAINT pricing_rounding_currency_valid CHECK (currency IN ('NGN', 'USD')),
    CONSTRAINT pricing_rounding_step_valid CHECK (step > 0 AND step <= 100000),
    CONSTRAINT pricing_rounding_ending_valid CHECK (ending IS NULL OR (ending >= 0 AND ending < 1)),
    CONSTRAINT pricing_rounding_updated_after_created CHECK (updated_at >= created_at)
);
