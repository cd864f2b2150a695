-- Order lifecycle: timestamps (unix seconds of the server's clock, simulated in demo mode),
-- shipping and tracking, protection and extension requests, dispute flag; the audit log; the
-- hold ledger; feedback and the running sums behind the sellers' detailed ratings.

ALTER TABLE orders ADD COLUMN paid_at INTEGER;
ALTER TABLE orders ADD COLUMN shipped_at INTEGER;
ALTER TABLE orders ADD COLUMN delivered_at INTEGER;
ALTER TABLE orders ADD COLUMN completed_at INTEGER;
ALTER TABLE orders ADD COLUMN cancelled_at INTEGER;
-- 1 while a dispute is open (the hold is frozen, timers stop).
ALTER TABLE orders ADD COLUMN dispute_open INTEGER NOT NULL DEFAULT 0;
ALTER TABLE orders ADD COLUMN carrier_name TEXT;
ALTER TABLE orders ADD COLUMN tracking_number TEXT;
-- Simulated transit time (demo) in days; tracking scans already sent.
ALTER TABLE orders ADD COLUMN transit_days INTEGER;
ALTER TABLE orders ADD COLUMN tracking_sent INTEGER NOT NULL DEFAULT 0;
-- Protection period for the destination country, fixed when the order ships; granted extra days.
ALTER TABLE orders ADD COLUMN protection_days INTEGER;
ALTER TABLE orders ADD COLUMN extended_days INTEGER NOT NULL DEFAULT 0;
-- The latest extension request: days asked, pending | granted | refused, times.
ALTER TABLE orders ADD COLUMN ext_days INTEGER;
ALTER TABLE orders ADD COLUMN ext_state TEXT;
ALTER TABLE orders ADD COLUMN ext_requested_at INTEGER;
ALTER TABLE orders ADD COLUMN ext_answered_at INTEGER;

CREATE INDEX orders_by_state ON orders(state);

-- Who did what when. `details` is a JSON object of the event's optional fields.
CREATE TABLE order_events (
    id       INTEGER PRIMARY KEY,
    order_id INTEGER NOT NULL REFERENCES orders(id),
    at       INTEGER NOT NULL,
    actor    TEXT NOT NULL,
    kind     TEXT NOT NULL,
    details  TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX order_events_by_order ON order_events(order_id, id);

-- hold | freeze | unfreeze | release | refund | partial_refund, amounts in cents (USD).
CREATE TABLE hold_ledger (
    id           INTEGER PRIMARY KEY,
    order_id     INTEGER NOT NULL REFERENCES orders(id),
    kind         TEXT NOT NULL,
    amount_cents INTEGER NOT NULL CHECK (amount_cents >= 0),
    at           INTEGER NOT NULL
);
CREATE INDEX hold_ledger_by_order ON hold_ledger(order_id, id);

CREATE TABLE order_feedback (
    order_id          INTEGER PRIMARY KEY REFERENCES orders(id),
    seller_id         INTEGER NOT NULL,
    buyer_id          INTEGER NOT NULL,
    item_as_described INTEGER NOT NULL,
    communication     INTEGER NOT NULL,
    shipping_speed    INTEGER NOT NULL,
    text              TEXT NOT NULL,
    at                INTEGER NOT NULL
);

-- Exact running sums behind `sellers` ratings (the seeded averages × counts, plus every
-- feedback), so repeated feedback never drifts by rounding. Created on a seller's first feedback.
CREATE TABLE seller_rating_sums (
    seller_id              INTEGER PRIMARY KEY REFERENCES sellers(id),
    feedback_count         INTEGER NOT NULL,
    -- Σ (1000 for a positive feedback, 0 otherwise).
    positive_sum           INTEGER NOT NULL,
    -- Σ stars × 10.
    item_as_described_sum  INTEGER NOT NULL,
    communication_sum      INTEGER NOT NULL,
    shipping_speed_sum     INTEGER NOT NULL
);

-- Orders placed before this migration.
UPDATE orders SET paid_at = CAST(strftime('%s', placed_at) AS INTEGER)
    WHERE state <> 'pending_payment' AND hold_state <> 'voided';
UPDATE orders SET cancelled_at = CAST(strftime('%s', placed_at) AS INTEGER)
    WHERE state = 'cancelled';
INSERT INTO hold_ledger (order_id, kind, amount_cents, at)
    SELECT id, 'hold', hold_cents, paid_at FROM orders WHERE paid_at IS NOT NULL;
INSERT INTO order_events (order_id, at, actor, kind, details)
    SELECT id, CAST(strftime('%s', placed_at) AS INTEGER), 'buyer', 'placed',
           json_object('amount', json_object('amount', total_cents, 'currency', 'USD'))
    FROM orders;
INSERT INTO order_events (order_id, at, actor, kind, details)
    SELECT id, paid_at, 'system', 'paid_held',
           json_object('amount', json_object('amount', hold_cents, 'currency', 'USD'))
    FROM orders WHERE paid_at IS NOT NULL;
