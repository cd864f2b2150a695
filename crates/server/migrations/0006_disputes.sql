-- Disputes (issue 6): one row per dispute, its audit log, listing photo snapshots, paused time.

-- JSON `[[url, …], …]`: each order line's listing photos at checkout (NULL for older orders).
ALTER TABLE orders ADD COLUMN line_photos TEXT;
-- Seconds the order's timers stood still while a dispute was open (added to its deadlines).
ALTER TABLE orders ADD COLUMN paused_secs INTEGER NOT NULL DEFAULT 0;

CREATE TABLE disputes (
    id             INTEGER PRIMARY KEY,
    order_id       INTEGER NOT NULL REFERENCES orders(id),
    buyer_id       INTEGER NOT NULL,
    line_no        INTEGER NOT NULL,
    -- awaiting_seller | negotiating | escalated | resolved | cancelled
    state          TEXT NOT NULL,
    state_since    INTEGER NOT NULL,
    received       INTEGER NOT NULL,
    reason         TEXT NOT NULL,
    wanted_outcome TEXT NOT NULL,
    wanted_cents   INTEGER,
    description    TEXT NOT NULL,
    -- JSON `[EvidencePhoto-like rows]`; files under <uploads>/disputes/<id>/.
    evidence       TEXT NOT NULL DEFAULT '[]',
    refundable_cents INTEGER NOT NULL,
    -- The proposal on the table.
    prop_by        TEXT,
    prop_outcome   TEXT,
    prop_cents     INTEGER,
    prop_at        INTEGER,
    seller_rejected INTEGER NOT NULL DEFAULT 0,
    -- The simulated seller answered the proposal made at this time (demo).
    sim_answered_at INTEGER,
    res_outcome    TEXT,
    res_cents      INTEGER,
    res_by         TEXT,
    res_rationale  TEXT,
    res_at         INTEGER,
    return_due     INTEGER,
    return_carrier TEXT,
    return_tracking TEXT,
    return_shipped_at INTEGER,
    return_received_at INTEGER,
    redelivery_due INTEGER,
    -- Set when nothing is pending any more (money settled, or cancelled).
    closed_at      INTEGER,
    opened_at      INTEGER NOT NULL,
    version        INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX disputes_by_buyer ON disputes(buyer_id, id);
CREATE INDEX disputes_by_order ON disputes(order_id, line_no);
-- One active dispute per order (and so per line) at a time.
CREATE UNIQUE INDEX disputes_one_active ON disputes(order_id) WHERE closed_at IS NULL;

CREATE TABLE dispute_events (
    id         INTEGER PRIMARY KEY,
    dispute_id INTEGER NOT NULL REFERENCES disputes(id),
    at         INTEGER NOT NULL,
    actor      TEXT NOT NULL,
    kind       TEXT NOT NULL,
    details    TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX dispute_events_by_dispute ON dispute_events(dispute_id, id);
