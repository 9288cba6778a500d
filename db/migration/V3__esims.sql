-- Customers' eSIMs. The activation code is stored only encrypted (AES-256-GCM under ESIM_ENCRYPTION_KEY). Its
-- matching ID is the secret half of it, so it has no plaintext column: it is split out of the decrypted code on read.
-- order_id refers to the checkout module's orders without a foreign key, so that the modules' tables stay apart;
-- it is empty for eSIMs that did not come from one of our orders.
CREATE TABLE esim (
    id                        uuid         PRIMARY KEY,
    customer_id               text         NOT NULL,
    order_id                  uuid,
    iccid                     varchar(32),
    dancity_transaction_id    varchar(64),
    dancity_tranx_id          varchar(64),
    package_code              varchar(64)  NOT NULL,
    package_name              text,
    region_code               varchar(32),
    status                    varchar(32)  NOT NULL,
    dancity_status            varchar(64),
    activation_code_encrypted text,
    smdp_address              varchar(255),
    data_total_bytes          bigint,
    data_remaining_bytes      bigint,
    validity_remaining_days   integer,
    refreshed_at              timestamptz  NOT NULL,
    refresh_attempted_at      timestamptz  NOT NULL,
    created_at                timestamptz  NOT NULL,
    updated_at                timestamptz  NOT NULL,
    version                   bigint       NOT NULL DEFAULT 0,
    CONSTRAINT esim_order_id_key UNIQUE (order_id),
    CONSTRAINT esim_iccid_key UNIQUE (iccid),
    CONSTRAINT esim_activation_code_is_encrypted
        CHECK (activation_code_encrypted IS NULL OR activation_code_encrypted ~ '^v[0-9]+:')
);

-- A customer's eSIMs, newest first, one page at a time.
CREATE INDEX esim_customer_created_idx ON esim (customer_id, created_at DESC, id DESC);
