-- Catalogue: categories (two levels), sellers, products, per-product details, reviews.

CREATE TABLE categories (
    id            INTEGER PRIMARY KEY,
    parent_id     INTEGER REFERENCES categories(id),
    position      INTEGER NOT NULL,
    slug          TEXT NOT NULL UNIQUE,
    icon          TEXT NOT NULL,
    name_en       TEXT NOT NULL,
    name_ru       TEXT,
    name_es       TEXT,
    name_pt_br    TEXT,
    name_de       TEXT,
    name_ar       TEXT,
    -- Products in this category and its subcategories; maintained by the seeder.
    product_count INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE sellers (
    id                    INTEGER PRIMARY KEY,
    name                  TEXT NOT NULL,
    country               TEXT NOT NULL,
    positive_feedback_x10 INTEGER NOT NULL,
    feedback_count        INTEGER NOT NULL,
    years_open            INTEGER NOT NULL,
    followers             INTEGER NOT NULL,
    item_as_described_x10 INTEGER NOT NULL,
    communication_x10     INTEGER NOT NULL,
    shipping_speed_x10    INTEGER NOT NULL
);

CREATE TABLE products (
    id              INTEGER PRIMARY KEY,
    category_id     INTEGER NOT NULL REFERENCES categories(id),
    top_category_id INTEGER NOT NULL REFERENCES categories(id),
    seller_id       INTEGER NOT NULL REFERENCES sellers(id),
    title_en        TEXT NOT NULL,
    title_ru        TEXT NOT NULL,
    price_cents     INTEGER NOT NULL,
    original_cents  INTEGER,
    rating_x10      INTEGER NOT NULL,
    reviews_count   INTEGER NOT NULL,
    orders_count    INTEGER NOT NULL,
    free_shipping   INTEGER NOT NULL,
    ships_from      TEXT NOT NULL,
    images          INTEGER NOT NULL,
    -- Comma-separated colour keys, one per image (the rest reuse the first).
    colors          TEXT NOT NULL,
    -- Sort key of the default order: orders_count DESC, id ASC folded into one integer
    -- (orders_count << 32 | (0xFFFFFFFF - id)) so keyset pages are one index range.
    rank            INTEGER NOT NULL
);

CREATE INDEX products_by_rank ON products(rank);
CREATE INDEX products_by_category ON products(category_id, rank);
CREATE INDEX products_by_top_category ON products(top_category_id, rank);
CREATE INDEX products_by_seller ON products(seller_id, rank);

-- What only the product page reads: options, SKUs, tiers, shipping, attributes (JSON).
CREATE TABLE product_details (
    product_id INTEGER PRIMARY KEY REFERENCES products(id),
    details    TEXT NOT NULL
);

CREATE TABLE review_texts (
    id      INTEGER PRIMARY KEY,
    stars   INTEGER NOT NULL,
    text_en TEXT NOT NULL,
    text_ru TEXT NOT NULL
);

CREATE TABLE reviews (
    id         INTEGER PRIMARY KEY,
    product_id INTEGER NOT NULL REFERENCES products(id),
    author     TEXT NOT NULL,
    country    TEXT NOT NULL,
    stars      INTEGER NOT NULL,
    text_id    INTEGER NOT NULL REFERENCES review_texts(id),
    created_at TEXT NOT NULL,
    -- Index of the product image the buyer's photo shows, if any.
    photo      INTEGER
);

CREATE INDEX reviews_by_product ON reviews(product_id, id);

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
