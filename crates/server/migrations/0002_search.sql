-- Search: a contentless FTS5 index of pre-stemmed text (titles in every stored language and
-- attribute values; see src/search/text.rs) and per-product filter data derived from the
-- details JSON. Both are filled by src/search/build.rs once per database (meta `search_index`).

CREATE VIRTUAL TABLE search_fts USING fts5(body, content = '', tokenize = 'unicode61 remove_diacritics 0');

CREATE TABLE search_docs (
    id        INTEGER PRIMARY KEY REFERENCES products(id),
    -- Shortest `days_max` over the product's shipping methods (before destination zones).
    fast_dmax INTEGER NOT NULL,
    -- Comma-separated ship-to countries the product does not ship to.
    no_ship   TEXT NOT NULL,
    in_stock  INTEGER NOT NULL,
    -- Facet attributes, `key=value` joined by `|` (keys: color, size, brand, material).
    attrs     TEXT NOT NULL
);
