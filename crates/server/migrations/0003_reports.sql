-- Counterfeit / IP-infringement reports about listings (src/reports.rs). Evidence files live on
-- disk at <db dir>/uploads/reports/<id>/<file>; `evidence` is their JSON description.
CREATE TABLE reports (
    id              INTEGER PRIMARY KEY,
    product_id      INTEGER NOT NULL REFERENCES products(id),
    reason          TEXT NOT NULL,
    details         TEXT NOT NULL,
    contact_email   TEXT,
    evidence        TEXT NOT NULL,
    status          TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    -- The client's Idempotency-Key and a SHA-256 of the request's fields: a retry with the same
    -- key and fields gets this report back, another body with the same key is refused.
    idempotency_key TEXT NOT NULL UNIQUE,
    request_hash    TEXT NOT NULL
);

CREATE INDEX reports_by_product ON reports (product_id, id);
