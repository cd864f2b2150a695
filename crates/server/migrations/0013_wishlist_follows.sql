-- The signed-in buyer's wish list and the stores they follow (issue 17).

-- One row per (buyer, product). The price and currency when added let the wish list page (and
-- the inbox's price-drop notification) compare with the product's price now.
CREATE TABLE wishlist_items (
    buyer_id           INTEGER NOT NULL REFERENCES buyers(id),
    product_id         INTEGER NOT NULL,
    -- `products.price_cents` (lowest one-piece SKU price) when added, in `added_currency`.
    added_price_cents  INTEGER NOT NULL,
    added_currency     TEXT NOT NULL DEFAULT 'USD',
    -- Unix seconds.
    added_at           INTEGER NOT NULL,
    -- The lowest price a price-drop notification already told the buyer about (NULL: none);
    -- kept here so a drop is announced once.
    notified_price_cents INTEGER,
    PRIMARY KEY (buyer_id, product_id)
) WITHOUT ROWID;
CREATE INDEX wishlist_items_by_product ON wishlist_items(product_id);
CREATE INDEX wishlist_items_by_buyer_time ON wishlist_items(buyer_id, added_at);

-- Followed stores. `sellers.followers` (seeded) is kept as the shown count: a follow adds one,
-- an unfollow takes one away, in the same transaction.
CREATE TABLE store_follows (
    buyer_id    INTEGER NOT NULL REFERENCES buyers(id),
    seller_id   INTEGER NOT NULL REFERENCES sellers(id),
    -- Unix seconds.
    followed_at INTEGER NOT NULL,
    PRIMARY KEY (buyer_id, seller_id)
) WITHOUT ROWID;
CREATE INDEX store_follows_by_seller ON store_follows(seller_id);
