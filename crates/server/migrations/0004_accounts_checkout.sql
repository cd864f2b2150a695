-- Accounts, sessions, sign-in throttling, address book, server carts, coupons, payments, orders,
-- checkout idempotency. Times the logic compares are unix seconds; shown times are RFC 3339 text.

CREATE TABLE buyers (
    id            INTEGER PRIMARY KEY,
    -- Lower-cased.
    email         TEXT NOT NULL UNIQUE,
    name          TEXT NOT NULL,
    -- PHC string (Argon2id).
    password_hash TEXT NOT NULL,
    created_at    TEXT NOT NULL
);

-- Only the SHA-256 (hex) of the cookie's token is stored.
CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    buyer_id   INTEGER NOT NULL REFERENCES buyers(id),
    expires_at INTEGER NOT NULL
);
CREATE INDEX sessions_by_buyer ON sessions(buyer_id);

-- Failed sign-ins per (lower-cased) e-mail, whether or not an account has it.
CREATE TABLE login_failures (
    id    INTEGER PRIMARY KEY,
    email TEXT NOT NULL,
    at    INTEGER NOT NULL
);
CREATE INDEX login_failures_by_email ON login_failures(email, at);

CREATE TABLE addresses (
    id             INTEGER PRIMARY KEY,
    buyer_id       INTEGER NOT NULL REFERENCES buyers(id),
    recipient_name TEXT NOT NULL,
    phone          TEXT NOT NULL,
    country        TEXT NOT NULL,
    region         TEXT NOT NULL,
    city           TEXT NOT NULL,
    street         TEXT NOT NULL,
    postal_code    TEXT NOT NULL,
    is_default     INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX addresses_by_buyer ON addresses(buyer_id, id);

-- The signed-in buyer's cart: a `QuoteRequest` JSON document.
CREATE TABLE carts (
    buyer_id   INTEGER PRIMARY KEY REFERENCES buyers(id),
    document   TEXT NOT NULL,
    updated_at INTEGER NOT NULL
);

-- Platform coupons (seller_id NULL) and explicit seller coupons. Seller coupons `STORE<id>` are
-- implied for every seller (see src/coupons.rs) and need no row.
CREATE TABLE coupons (
    code         TEXT PRIMARY KEY,
    seller_id    INTEGER REFERENCES sellers(id),
    percent_off  INTEGER,
    amount_cents INTEGER,
    max_cents    INTEGER,
    min_cents    INTEGER NOT NULL DEFAULT 0,
    -- Unix seconds; NULL never expires.
    expires_at   INTEGER
);
INSERT INTO coupons (code, seller_id, percent_off, amount_cents, max_cents, min_cents, expires_at) VALUES
    ('WELCOME5',   NULL, NULL, 500,  NULL, 3000, NULL),
    ('SAVE10',     NULL, 10,   NULL, 2000, 5000, NULL),
    ('SPRING2024', NULL, 15,   NULL, NULL, 0,    1717200000);

CREATE TABLE payments (
    id              TEXT PRIMARY KEY,
    buyer_id        INTEGER NOT NULL REFERENCES buyers(id),
    method          TEXT NOT NULL,
    -- succeeded | requires_action | declined
    status          TEXT NOT NULL,
    decline_reason  TEXT,
    total_cents     INTEGER NOT NULL,
    charge_amount   INTEGER NOT NULL,
    charge_currency TEXT NOT NULL,
    card_brand      TEXT,
    card_last4      TEXT,
    created_at      TEXT NOT NULL
);
CREATE INDEX payments_by_buyer ON payments(buyer_id);

-- One order per seller of a checkout. `number` is derived from the id (SF-000123).
CREATE TABLE orders (
    id             INTEGER PRIMARY KEY,
    buyer_id       INTEGER NOT NULL REFERENCES buyers(id),
    payment_id     TEXT NOT NULL REFERENCES payments(id),
    seller_id      INTEGER NOT NULL,
    seller_name    TEXT NOT NULL,
    state          TEXT NOT NULL,
    hold_state     TEXT NOT NULL,
    hold_cents     INTEGER NOT NULL,
    items_cents    INTEGER NOT NULL,
    shipping_cents INTEGER NOT NULL,
    discount_cents INTEGER NOT NULL,
    total_cents    INTEGER NOT NULL,
    item_count     INTEGER NOT NULL,
    image          TEXT NOT NULL,
    -- JSON snapshots: `OrderShipping`, `Address`, `[OrderLine]`.
    shipping       TEXT NOT NULL,
    address        TEXT NOT NULL,
    lines          TEXT NOT NULL,
    placed_at      TEXT NOT NULL,
    version        INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX orders_by_buyer ON orders(buyer_id, id);
CREATE INDEX orders_by_payment ON orders(payment_id);

-- Idempotency of POST /checkout: claimed first (response NULL), answered in the same
-- transaction that creates the payment.
CREATE TABLE checkout_requests (
    buyer_id    INTEGER NOT NULL,
    key         TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    status      INTEGER,
    response    TEXT,
    created_at  INTEGER NOT NULL,
    PRIMARY KEY (buyer_id, key)
);
