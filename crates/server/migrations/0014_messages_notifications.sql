-- Messages with sellers and the notification inbox (issue 17).

-- One conversation per (buyer, seller). The latest subject (a product or an order) is kept here
-- for the list; each message keeps its own.
CREATE TABLE conversations (
    id            INTEGER PRIMARY KEY,
    buyer_id      INTEGER NOT NULL REFERENCES buyers(id),
    seller_id     INTEGER NOT NULL REFERENCES sellers(id),
    product_id    INTEGER,
    order_id      INTEGER,
    -- Unix seconds of the server's clock (simulated in demo mode).
    created_at    INTEGER NOT NULL,
    last_at       INTEGER NOT NULL,
    -- The newest message id the buyer has opened: seller messages above it are unread.
    buyer_read_id INTEGER NOT NULL DEFAULT 0,
    UNIQUE (buyer_id, seller_id)
);
CREATE INDEX conversations_by_buyer ON conversations(buyer_id, last_at);

CREATE TABLE conversation_messages (
    id              INTEGER PRIMARY KEY,
    conversation_id INTEGER NOT NULL REFERENCES conversations(id),
    -- buyer | seller
    author          TEXT NOT NULL,
    text            TEXT NOT NULL,
    -- JSON `[{file, content_type, bytes, width, height}]`; files under
    -- <uploads>/messages/<message id>/.
    photos          TEXT NOT NULL DEFAULT '[]',
    product_id      INTEGER,
    order_id        INTEGER,
    at              INTEGER NOT NULL,
    -- Demo mode: when the simulated seller answers this buyer message; NULL once answered
    -- (or outside demo mode).
    reply_due       INTEGER,
    -- The simulated seller's answer, written in the buyer's language when they sent it.
    reply_text      TEXT
);
CREATE INDEX conversation_messages_by_conversation ON conversation_messages(conversation_id, id);
CREATE INDEX conversation_messages_reply_due ON conversation_messages(reply_due)
    WHERE reply_due IS NOT NULL;

-- The buyer's notifications. `source` names what wrote it (`oe:<order event id>`,
-- `de:<dispute event id>`, `protection:<order>:<deadline>`, `msg:<message id>`,
-- `price:<product>:<cents>`): unique per buyer, so one happening is told once.
CREATE TABLE notifications (
    id              INTEGER PRIMARY KEY,
    buyer_id        INTEGER NOT NULL REFERENCES buyers(id),
    kind            TEXT NOT NULL,
    at              INTEGER NOT NULL,
    source          TEXT NOT NULL,
    order_id        INTEGER,
    dispute_id      INTEGER,
    conversation_id INTEGER,
    product_id      INTEGER,
    -- JSON of the optional fields (tracking number, deadline, prices, names).
    details         TEXT NOT NULL DEFAULT '{}',
    read_at         INTEGER,
    UNIQUE (buyer_id, source)
);
CREATE INDEX notifications_by_buyer ON notifications(buyer_id, id);
CREATE INDEX notifications_unread ON notifications(buyer_id) WHERE read_at IS NULL;

-- How far the notifier has read the order and dispute audit logs for each buyer.
CREATE TABLE inbox_watermarks (
    buyer_id         INTEGER PRIMARY KEY REFERENCES buyers(id),
    order_event_id   INTEGER NOT NULL DEFAULT 0,
    dispute_event_id INTEGER NOT NULL DEFAULT 0
);
