-- Every webhook Dancity sent, once per event and transaction, with what came of it. Dancity repeats a delivery until
-- it is answered, so the event and its transaction (or, without one, its reference) identify a delivery.
CREATE TABLE dancity_webhook_events (
    id             bigint         GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event          varchar(64)    NOT NULL,
    -- The transaction id, else the reference, else a digest of the body.
    delivery_key   varchar(255)   NOT NULL,
    transaction_id varchar(255),
    reference      varchar(255),
    status         varchar(32),
    amount         numeric(19, 4),
    currency       varchar(8),
    -- When Dancity says it sent the event.
    sent_at        timestamptz,
    -- RECEIVED     stored, not yet handled (only within the transaction that stores it)
    -- ORDER_HINTED a transaction event for an order being fulfilled, whose next lookup was brought forward
    -- UNMATCHED    a transaction event for no order being fulfilled
    -- LOGGED       a wallet event, only logged
    -- IGNORED      an event this service has no use for
    outcome        varchar(16)    NOT NULL
        CHECK (outcome IN ('RECEIVED', 'ORDER_HINTED', 'UNMATCHED', 'LOGGED', 'IGNORED')),
    order_id       uuid           REFERENCES orders (id),
    received_at    timestamptz    NOT NULL DEFAULT now(),
    CONSTRAINT dancity_webhook_events_delivery_unique UNIQUE (event, delivery_key)
);
