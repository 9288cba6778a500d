-- Orders of new eSIMs and top-ups, from payment to a purchase made exactly once at Dancity.

CREATE TABLE orders (
    id                      uuid          PRIMARY KEY,
    customer_id             text          NOT NULL,
    idempotency_key         varchar(255)  NOT NULL,
    request_fingerprint     varchar(64)   NOT NULL,
    type                    varchar(16)   NOT NULL CHECK (type IN ('ESIM', 'TOPUP')),
    status                  varchar(32)   NOT NULL CHECK (status IN ('AWAITING_PAYMENT', 'PAID', 'PURCHASING',
                                              'PURCHASE_UNCLEAR', 'PROVISIONING', 'COMPLETED', 'FAILED', 'CANCELLED')),
    package_code            varchar(64)   NOT NULL,
    package_name            varchar(255)  NOT NULL,
    region_code             varchar(32),
    data_bytes              bigint        NOT NULL,
    validity_days           integer       NOT NULL,
    price_amount            numeric(19, 4) NOT NULL,
    price_currency          char(3)       NOT NULL,
    wholesale_cost_amount   numeric(19, 4) NOT NULL,
    wholesale_cost_currency char(3)       NOT NULL,
    -- Sent to Dancity with the purchase and used to look it up when its outcome is unclear.
    customer_ref            varchar(64)   NOT NULL,
    -- The eSIM bought by an ESIM order once registered, or the eSIM a TOPUP order adds data to.
    esim_id                 uuid,
    topup_iccid             varchar(32),
    payment_provider        varchar(32),
    payment_reference       varchar(255),
    payment_checkout_url    text,
    payment_client_secret   text,
    payment_expires_at      timestamptz   NOT NULL,
    paid_at                 timestamptz,
    -- Purchase calls that may have reached Dancity; one unless a purchase was not found after the grace period.
    purchase_attempts       integer       NOT NULL DEFAULT 0,
    purchase_sent_at        timestamptz,
    dancity_transaction_id  varchar(64),
    dancity_tranx_id        varchar(64),
    -- Attempts of the current step (purchase, reconciliation or provisioning), for its backoff.
    step_attempts           integer       NOT NULL DEFAULT 0,
    -- When the worker may next take the order; while a step runs, the end of its lease.
    next_attempt_at         timestamptz,
    failure_reason          text,
    refund_state            varchar(32)   CHECK (refund_state IN ('REFUND_PENDING', 'REFUNDED')),
    needs_attention         boolean       NOT NULL DEFAULT false,
    attention_reason        text,
    created_at              timestamptz   NOT NULL DEFAULT now(),
    updated_at              timestamptz   NOT NULL DEFAULT now(),
    completed_at            timestamptz,
    version                 bigint        NOT NULL DEFAULT 0,
    CONSTRAINT orders_customer_idempotency_key_unique UNIQUE (customer_id, idempotency_key),
    CONSTRAINT orders_customer_ref_unique UNIQUE (customer_ref),
    CONSTRAINT orders_payment_reference_unique UNIQUE (payment_reference),
    CONSTRAINT orders_topup_has_esim CHECK (type = 'ESIM' OR (esim_id IS NOT NULL AND topup_iccid IS NOT NULL))
);

CREATE INDEX orders_customer_created_idx ON orders (customer_id, created_at DESC, id);

CREATE INDEX orders_worker_due_idx ON orders (status, next_attempt_at)
    WHERE status IN ('PAID', 'PURCHASING', 'PURCHASE_UNCLEAR', 'PROVISIONING');

CREATE INDEX orders_awaiting_payment_idx ON orders (payment_expires_at) WHERE status = 'AWAITING_PAYMENT';

CREATE INDEX orders_needs_attention_idx ON orders (updated_at) WHERE needs_attention;

-- Every change of an order, in order, with what caused it.
CREATE TABLE order_events (
    id          bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    order_id    uuid         NOT NULL REFERENCES orders (id),
    occurred_at timestamptz  NOT NULL DEFAULT clock_timestamp(),
    type        varchar(48)  NOT NULL,
    from_status varchar(32),
    to_status   varchar(32),
    detail      text
);

CREATE INDEX order_events_order_idx ON order_events (order_id, id);

-- Every payment received for an order, including those that must be given back.
CREATE TABLE order_payments (
    id                  bigint        GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    order_id            uuid          NOT NULL REFERENCES orders (id),
    provider            varchar(32)   NOT NULL,
    provider_payment_id varchar(255)  NOT NULL,
    amount              numeric(19, 4) NOT NULL,
    currency            char(3)       NOT NULL,
    outcome             varchar(32)   NOT NULL CHECK (outcome IN ('APPLIED', 'REFUND_REQUIRED')),
    reason              text,
    refund_state        varchar(32)   CHECK (refund_state IN ('REFUND_PENDING', 'REFUNDED')),
    received_at         timestamptz   NOT NULL DEFAULT now(),
    CONSTRAINT order_payments_provider_payment_unique UNIQUE (provider, provider_payment_id)
);

CREATE INDEX order_payments_order_idx ON order_payments (order_id);
