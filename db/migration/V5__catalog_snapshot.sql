-- The last good copy of Dancity's catalog, so that a restarted or additional instance
-- serves it at once, even while Dancity is down.
CREATE TABLE catalog_snapshot (
    cache_key  VARCHAR(64)  PRIMARY KEY,
    payload    JSONB        NOT NULL,
    fetched_at TIMESTAMPTZ  NOT NULL
);
