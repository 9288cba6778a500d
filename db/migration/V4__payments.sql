-- Real payment providers: refunds sent through them, and their webhooks received exactly once.

-- A refund is a state machine on the payment it gives back, with the database as the lock:
--   REFUND_PENDING  owed; the refund worker sends it when due
--   REFUNDING       claimed and committed before the provider is called; still so after its lease means the outcome is
--                   unclear, and the next attempt first asks the provider (or repeats Stripe's idempotency key)
--   REFUNDED        the provider accepted the refund
--   REFUND_MANUAL   the merchant gives the money back by hand (refunds set to manual, no gateway for the provider, or
--                   the provider refused the refund)
ALTER TABLE order_payments DROP CONSTRAINT order_payments_refund_state_check;
ALTER TABLE order_payments ADD CONSTRAINT order_payments_refund_state_check
    CHECK (refund_state IN ('REFUND_PENDING', 'REFUNDING', 'REFUNDED', 'REFUND_MANUAL'));
ALTER TABLE order_payments
    ADD COLUMN refund_attempts        integer      NOT NULL DEFAULT 0,
    ADD COLUMN refund_next_attempt_at timestamptz,
    -- The latest attempt may have reached the provider without an answer.
    ADD COLUMN refund_outcome_unclear boolean      NOT NULL DEFAULT false,
    ADD COLUMN refund_id              varchar(255),
    ADD COLUMN refund_updated_at      timestamptz;

-- The order's own refund state mirrors the refund of the payment that paid it.
ALTER TABLE orders DROP CONSTRAINT orders_refund_state_check;
ALTER TABLE orders ADD CONSTRAINT orders_refund_state_check
    CHECK (refund_state IN ('REFUND_PENDING', 'REFUNDING', 'REFUNDED', 'REFUND_MANUAL'));

-- Refunds owed before this migration become due now.
UPDATE order_payments p SET refund_state = 'REFUND_PENDING', refund_next_attempt_at = now()
FROM orders o
WHERE p.order_id = o.id AND o.refund_state = 'REFUND_PENDING' AND p.outcome = 'APPLIED' AND p.refund_state IS NULL;
UPDATE order_payments SET refund_next_attempt_at = now()
WHERE refund_state = 'REFUND_PENDING' AND refund_next_attempt_at IS NULL;

CREATE INDEX order_payments_refund_due_idx ON order_payments (refund_next_attempt_at)
    WHERE refund_state IN ('REFUND_PENDING', 'REFUNDING');

-- Orders bought since a given moment, for the supplier balance check.
CREATE INDEX orders_purchase_sent_idx ON orders (purchase_sent_at) WHERE purchase_sent_at IS NOT NULL;

-- Every webhook a payment provider sent, once per provider event, with what came of it. Only the fields processing
-- needs are kept, not the body, which carries the customer's details.
CREATE TABLE payment_webhook_events (
    id                  bigint         GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    provider            varchar(32)    NOT NULL,
    -- Stripe's event id; for Paystack, whose events carry none, the event type and the transaction id.
    event_id            varchar(255)   NOT NULL,
    event_type          varchar(64)    NOT NULL,
    -- The payment the event reports, when it reports one: our payment reference (Paystack) or the Checkout Session
    -- (Stripe), the provider's payment id, and the amount it claims.
    payment_reference   varchar(255),
    provider_payment_id varchar(255),
    amount              numeric(19, 4),
    currency            char(3),
    status              varchar(16)    NOT NULL
        CHECK (status IN ('PENDING', 'PROCESSED', 'IGNORED', 'REJECTED', 'UNMATCHED')),
    detail              text,
    attempts            integer        NOT NULL DEFAULT 0,
    -- When the worker may next take a pending event; while it is processed, the end of its lease.
    next_attempt_at     timestamptz,
    received_at         timestamptz    NOT NULL DEFAULT now(),
    processed_at        timestamptz,
    CONSTRAINT payment_webhook_events_provider_event_unique UNIQUE (provider, event_id),
    CONSTRAINT payment_webhook_events_pending_has_payment
        CHECK (status <> 'PENDING' OR (payment_reference IS NOT NULL AND next_attempt_at IS NOT NULL))
);

CREATE INDEX payment_webhook_events_due_idx ON payment_webhook_events (next_attempt_at) WHERE status = 'PENDING';

CREATE INDEX payment_webhook_events_reference_idx ON payment_webhook_events (payment_reference);
