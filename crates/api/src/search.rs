//! Search, listing filters, facets, autocomplete: `GET /api/v1/search`, `GET /api/v1/suggest`.
//!
//! [`SearchQuery`] is both the API request and the app's URL state: the app parses its own
//! location with [`SearchQuery::parse`] (lenient: malformed values are dropped, never an error)
//! and builds links and API requests with [`SearchQuery::to_query_string`] (canonical order,
//! defaults omitted), so a copied link reproduces the view.
//!
//! The server is stricter than the parser: it answers `400 invalid_parameter` (with field
//! errors) for values it cannot read (`limit=0`, `price_min=abc`, `sort=bogus`, `price_min >
//! price_max`), `400 invalid_cursor` for a cursor it did not issue, `404 category_not_found`
//! for an unknown category. Since the app only sends what `parse` kept, that never reaches a
//! buyer as an error page.

use crate::catalog::{Crumb, ProductSummary};
use crate::paging::MAX_PAGE_LIMIT;
use serde::{Deserialize, Serialize};

/// Result order.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Sort {
    /// Text relevance (bm25) boosted by popularity; without `q` the same as `orders`.
    #[default]
    BestMatch,
    /// Most orders first.
    Orders,
    /// Cheapest first (lowest SKU price).
    PriceAsc,
    PriceDesc,
    /// Most recently listed first (highest id).
    Newest,
    /// Highest average rating first, then most reviews.
    Rating,
}

impl Sort {
    pub const ALL: [Sort; 6] = [
        Sort::BestMatch,
        Sort::Orders,
        Sort::PriceAsc,
        Sort::PriceDesc,
        Sort::Newest,
        Sort::Rating,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Sort::BestMatch => "best_match",
            Sort::Orders => "orders",
            Sort::PriceAsc => "price_asc",
            Sort::PriceDesc => "price_desc",
            Sort::Newest => "newest",
            Sort::Rating => "rating",
        }
    }

    pub fn parse(text: &str) -> Option<Sort> {
        Sort::ALL.into_iter().find(|s| s.as_str() == text.trim())
    }
}

/// Delivery-time buckets (maximum days) offered as the `delivery_days` filter and facet.
pub const DELIVERY_BUCKETS: [u16; 3] = [7, 15, 30];

/// Ship-to country that `free_shipping` and `delivery_days` are judged for when absent.
pub const DEFAULT_SHIP_TO: &str = "US";

/// Query of `GET /api/v1/search` (and of `GET /api/v1/products`, which accepts the same
/// parameters). Every field is optional; absent means "no filter" / default.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[cfg_attr(feature = "openapi", into_params(parameter_in = Query))]
pub struct SearchQuery {
    /// Free text, matched against titles (all stored languages) and attribute values with
    /// English and Russian stemming. Treated as plain words: quotes, `*`, `-`, `NEAR`, `OR`…
    /// have no special meaning. Blank = no text condition. At most [`MAX_QUERY_CHARS`] (200)
    /// characters count: longer text is cut to its first 200 characters (never refused), the
    /// same way here, in `/suggest` and in the app's search box.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub q: Option<String>,
    /// Category id (includes its subcategories). Unknown → 404 `category_not_found`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category: Option<i64>,
    /// Seller id: only this seller's products (the store page).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seller: Option<i64>,
    /// Default `best_match`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sort: Option<Sort>,
    /// Minimum price in USD cents (inclusive).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub price_min: Option<i64>,
    /// Maximum price in USD cents (inclusive). Below `price_min` → 400 `invalid_parameter`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub price_max: Option<i64>,
    /// Only products with a free shipping method to `ship_to`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub free_shipping: Option<bool>,
    /// Destination (ISO 3166-1 alpha-2) for `free_shipping` and `delivery_days`; default `US`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ship_to: Option<String>,
    /// Only products with a shipping method to `ship_to` arriving within this many days
    /// (its `days_max`). The app offers 7, 15, 30.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delivery_days: Option<u16>,
    /// Minimum average rating, stars × 10 (40 = 4 stars and up).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rating_min: Option<u8>,
    /// Minimum seller positive feedback, % × 10 (950 = 95 % and up).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seller_positive_min: Option<u16>,
    /// Comma-separated warehouse countries (ISO 3166-1 alpha-2), any of them: `CN,US`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ships_from: Option<String>,
    /// Attribute filters, format of [`AttrFilter`]: `Colour=Black,White;Brand=Xiaomi`.
    /// Values of one attribute are alternatives (OR); different attributes must all match
    /// (AND). Names and values are the English ones the facets list.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attrs: Option<String>,
    /// Only products with stock in at least one SKU.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub in_stock: Option<bool>,
    /// Opaque cursor from a previous result's `next_cursor` (bound to the same query).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cursor: Option<String>,
    /// Items per page, 1–100 (default 24).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u32>,
    /// Language of titles and category names (en, ru, es, pt-BR, de, ar); English fallback.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
}

/// One attribute condition: `name` has any of `values`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AttrFilter {
    pub name: String,
    pub values: Vec<String>,
}

impl AttrFilter {
    /// Parses `Name=v1,v2;Other=v3`. Inside names and values, `%`, `=`, `,` and `;` are
    /// percent-escaped (`%25 %3D %2C %3B`); surrounding spaces are trimmed. Lenient: pieces
    /// without a name or without values are dropped; a repeated name merges its values;
    /// duplicate values are dropped. Order is kept.
    pub fn parse_list(text: &str) -> Vec<AttrFilter> {
        let mut out: Vec<AttrFilter> = Vec::new();
        for part in text.split(';') {
            let Some((name, values)) = part.split_once('=') else {
                continue;
            };
            let name = unescape_attr(name.trim());
            if name.is_empty() {
                continue;
            }
            let values: Vec<String> = values
                .split(',')
                .map(|v| unescape_attr(v.trim()))
                .filter(|v| !v.is_empty())
                .collect();
            if values.is_empty() {
                continue;
            }
            let idx = match out.iter().position(|f| f.name == name) {
                Some(i) => i,
                None => {
                    out.push(AttrFilter {
                        name,
                        values: Vec::new(),
                    });
                    out.len() - 1
                }
            };
            for v in values {
                if !out[idx].values.contains(&v) {
                    out[idx].values.push(v);
                }
            }
        }
        out
    }

    /// The inverse of [`AttrFilter::parse_list`]; empty filters are skipped.
    pub fn format_list(filters: &[AttrFilter]) -> String {
        filters
            .iter()
            .filter(|f| !f.name.is_empty() && f.values.iter().any(|v| !v.is_empty()))
            .map(|f| {
                let values: Vec<String> = f
                    .values
                    .iter()
                    .filter(|v| !v.is_empty())
                    .map(|v| escape_attr(v))
                    .collect();
                format!("{}={}", escape_attr(&f.name), values.join(","))
            })
            .collect::<Vec<_>>()
            .join(";")
    }

    /// Adds or removes one value (what a facet checkbox does); removing the last value drops
    /// the attribute.
    pub fn toggle(filters: &mut Vec<AttrFilter>, name: &str, value: &str) {
        if let Some(i) = filters.iter().position(|f| f.name == name) {
            if let Some(j) = filters[i].values.iter().position(|v| v == value) {
                filters[i].values.remove(j);
                if filters[i].values.is_empty() {
                    filters.remove(i);
                }
            } else {
                filters[i].values.push(value.to_string());
            }
        } else {
            filters.push(AttrFilter {
                name: name.to_string(),
                values: vec![value.to_string()],
            });
        }
    }
}

fn escape_attr(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.trim().chars() {
        match c {
            '%' => out.push_str("%25"),
            '=' => out.push_str("%3D"),
            ',' => out.push_str("%2C"),
            ';' => out.push_str("%3B"),
            c => out.push(c),
        }
    }
    out
}

fn unescape_attr(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('%') {
        out.push_str(&rest[..i]);
        let tail = &rest[i..];
        let decoded = match tail.get(..3) {
            Some("%25") => Some('%'),
            Some("%3D") | Some("%3d") => Some('='),
            Some("%2C") | Some("%2c") => Some(','),
            Some("%3B") | Some("%3b") => Some(';'),
            _ => None,
        };
        match decoded {
            Some(c) => {
                out.push(c);
                rest = &tail[3..];
            }
            None => {
                out.push('%');
                rest = &tail[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// `application/x-www-form-urlencoded` component encoding (space as `%20`, which every
/// decoder accepts).
pub fn encode_component(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(b as char)
            }
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

/// Decodes a query component: `+` is a space, `%XX` a byte; malformed escapes stay literal,
/// invalid UTF-8 is replaced.
pub fn decode_component(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' => {
                let hex = s
                    .get(i + 1..i + 3)
                    .and_then(|h| u8::from_str_radix(h, 16).ok());
                if let Some(v) = hex {
                    out.push(v);
                    i += 3;
                    continue;
                }
                out.push(b'%');
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn parse_bool(v: &str) -> Option<bool> {
    match v.trim().to_ascii_lowercase().as_str() {
        "1" | "true" | "yes" | "on" => Some(true),
        "0" | "false" | "no" | "off" => Some(false),
        _ => None,
    }
}

fn is_country(v: &str) -> bool {
    v.len() == 2 && v.bytes().all(|b| b.is_ascii_alphabetic())
}

/// Normalises a comma list of country codes: upper case, valid codes only, no duplicates.
pub fn parse_country_list(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for c in text.split(',').map(str::trim).filter(|c| is_country(c)) {
        let c = c.to_ascii_uppercase();
        if !out.contains(&c) {
            out.push(c);
        }
    }
    out
}

impl SearchQuery {
    /// Reads a query string (with or without the leading `?`) leniently: unknown parameters
    /// and malformed or out-of-range values are dropped, so the result is always a query the
    /// server accepts (except a stale `cursor` or an unknown `category`, which only the server
    /// can judge). `price_min > price_max` is kept: the app shows an inline message for it.
    /// Later duplicates win.
    pub fn parse(query: &str) -> SearchQuery {
        let mut out = SearchQuery::default();
        let query = query.strip_prefix('?').unwrap_or(query);
        for pair in query.split('&').filter(|p| !p.is_empty()) {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            let key = decode_component(k);
            let v = decode_component(v);
            let t = v.trim();
            match key.as_str() {
                "q" => out.q = Some(cap_query(t).to_string()).filter(|s| !s.is_empty()),
                "category" => out.category = t.parse().ok().filter(|v| *v > 0),
                "seller" => out.seller = t.parse().ok().filter(|v| *v > 0),
                "sort" => out.sort = Sort::parse(t),
                "price_min" => out.price_min = t.parse().ok().filter(|v| *v >= 0),
                "price_max" => out.price_max = t.parse().ok().filter(|v| *v >= 0),
                "free_shipping" => out.free_shipping = parse_bool(t),
                "ship_to" => out.ship_to = Some(t.to_ascii_uppercase()).filter(|c| is_country(c)),
                "delivery_days" => out.delivery_days = t.parse().ok().filter(|v| *v > 0),
                "rating_min" => out.rating_min = t.parse().ok().filter(|v| *v <= 50),
                "seller_positive_min" => {
                    out.seller_positive_min = t.parse().ok().filter(|v| *v <= 1000)
                }
                "ships_from" => {
                    let list = parse_country_list(t);
                    out.ships_from = Some(list.join(",")).filter(|s| !s.is_empty());
                }
                "attrs" => {
                    let list = AttrFilter::parse_list(t);
                    out.attrs = Some(AttrFilter::format_list(&list)).filter(|s| !s.is_empty());
                }
                "in_stock" => out.in_stock = parse_bool(t),
                "cursor" => out.cursor = Some(t.to_string()).filter(|s| !s.is_empty()),
                "limit" => out.limit = t.parse().ok().filter(|v| (1..=MAX_PAGE_LIMIT).contains(v)),
                "lang" => out.lang = Some(t.to_string()).filter(|s| !s.is_empty()),
                _ => {}
            }
        }
        out
    }

    /// Canonical query string without the leading `?` (empty when every field is default).
    /// `false` booleans and `sort=best_match` are omitted; the order is fixed, so equal
    /// queries give equal strings.
    pub fn to_query_string(&self) -> String {
        let mut pairs: Vec<(&str, String)> = Vec::new();
        let mut put = |k: &'static str, v: Option<String>| {
            if let Some(v) = v {
                pairs.push((k, v));
            }
        };
        put("q", self.q.clone().filter(|s| !s.trim().is_empty()));
        put("category", self.category.map(|v| v.to_string()));
        put("seller", self.seller.map(|v| v.to_string()));
        put(
            "sort",
            self.sort
                .filter(|s| *s != Sort::BestMatch)
                .map(|s| s.as_str().to_string()),
        );
        put("price_min", self.price_min.map(|v| v.to_string()));
        put("price_max", self.price_max.map(|v| v.to_string()));
        put(
            "free_shipping",
            self.free_shipping.filter(|b| *b).map(|_| "true".into()),
        );
        put("ship_to", self.ship_to.clone());
        put("delivery_days", self.delivery_days.map(|v| v.to_string()));
        put("rating_min", self.rating_min.map(|v| v.to_string()));
        put(
            "seller_positive_min",
            self.seller_positive_min.map(|v| v.to_string()),
        );
        put(
            "ships_from",
            self.ships_from.clone().filter(|s| !s.is_empty()),
        );
        put("attrs", self.attrs.clone().filter(|s| !s.is_empty()));
        put(
            "in_stock",
            self.in_stock.filter(|b| *b).map(|_| "true".into()),
        );
        put("cursor", self.cursor.clone());
        put("limit", self.limit.map(|v| v.to_string()));
        put("lang", self.lang.clone());
        pairs
            .iter()
            .map(|(k, v)| format!("{k}={}", encode_component(v)))
            .collect::<Vec<_>>()
            .join("&")
    }

    /// The attribute filters of `attrs`.
    pub fn attr_filters(&self) -> Vec<AttrFilter> {
        self.attrs
            .as_deref()
            .map(AttrFilter::parse_list)
            .unwrap_or_default()
    }

    /// Replaces `attrs` with these filters (`None` when empty).
    pub fn set_attr_filters(&mut self, filters: &[AttrFilter]) {
        let s = AttrFilter::format_list(filters);
        self.attrs = Some(s).filter(|s| !s.is_empty());
    }

    /// The `ships_from` countries.
    pub fn ships_from_list(&self) -> Vec<String> {
        self.ships_from
            .as_deref()
            .map(parse_country_list)
            .unwrap_or_default()
    }

    /// A copy without the cursor: what a changed filter or sort should start from.
    pub fn first_page(&self) -> SearchQuery {
        SearchQuery {
            cursor: None,
            ..self.clone()
        }
    }

    /// `price_min > price_max`: the app shows an inline message instead of asking.
    pub fn price_range_inverted(&self) -> bool {
        matches!((self.price_min, self.price_max), (Some(a), Some(b)) if a > b)
    }
}

/// A category with the number of matching products (in it and its subcategories).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CategoryCount {
    pub id: i64,
    pub slug: String,
    pub name: String,
    pub count: i64,
}

/// A value with the number of matching products. Filter with `value`; show `label` (the value
/// in the requested language, e.g. a colour name; equal to `value` when not translated).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ValueCount {
    pub value: String,
    #[serde(default)]
    pub label: String,
    pub count: i64,
}

/// A price bucket `[min_cents, max_cents]` (USD cents, inclusive; `max_cents` absent = and up).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PriceBucket {
    pub min_cents: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_cents: Option<i64>,
    pub count: i64,
}

/// Lowest and highest price over the matches (absent when nothing matches) and buckets.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PriceFacet {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_cents: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_cents: Option<i64>,
    #[serde(default)]
    pub buckets: Vec<PriceBucket>,
}

/// Products arriving within `days` (to the query's ship-to country).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DeliveryCount {
    pub days: u16,
    pub count: i64,
}

/// One attribute (English name, e.g. `Colour`) with its values; `label` is the name in the
/// requested language. Filter with the English `name` and `value`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AttributeFacet {
    pub name: String,
    #[serde(default)]
    pub label: String,
    pub values: Vec<ValueCount>,
}

/// Facet counts. Each facet counts the products matching the query and every *other* active
/// filter (disjunctive facets): the count next to an unchecked option is what checking it
/// (alone, in that group) would give; a checked option's count is the current total's share.
/// Attribute facets are disjunctive per attribute name. Boolean facets (`free_shipping`,
/// `rating_4_plus`, `seller_95_plus`, `in_stock`) count "with the other filters and this one".
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Facets {
    /// Subcategories of the query's category (top categories without one).
    #[serde(default)]
    pub categories: Vec<CategoryCount>,
    #[serde(default)]
    pub price: PriceFacet,
    #[serde(default)]
    pub free_shipping: i64,
    /// Warehouse countries, most products first.
    #[serde(default)]
    pub ships_from: Vec<ValueCount>,
    /// One entry per [`DELIVERY_BUCKETS`] value.
    #[serde(default)]
    pub delivery: Vec<DeliveryCount>,
    #[serde(default)]
    pub rating_4_plus: i64,
    #[serde(default)]
    pub seller_95_plus: i64,
    #[serde(default)]
    pub in_stock: i64,
    #[serde(default)]
    pub attributes: Vec<AttributeFacet>,
}

/// What to offer when nothing matched (also filled, more briefly, otherwise).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Related {
    /// Queries that do find products (e.g. the query with a word dropped, or close titles).
    #[serde(default)]
    pub queries: Vec<String>,
    #[serde(default)]
    pub categories: Vec<Crumb>,
}

/// Answer of `GET /api/v1/search`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SearchResult {
    pub items: Vec<ProductSummary>,
    /// Pass back as `cursor` (with the same other parameters) for the next page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_cursor: Option<String>,
    /// Number of products matching the query and all filters.
    pub total: i64,
    #[serde(default)]
    pub facets: Facets,
    #[serde(default)]
    pub related: Related,
}

/// Query of `GET /api/v1/suggest`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[cfg_attr(feature = "openapi", into_params(parameter_in = Query))]
pub struct SuggestQuery {
    /// What the buyer has typed so far; the last word may be incomplete. Cut to its first
    /// [`MAX_QUERY_CHARS`] (200) characters, like `/search`'s `q`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub q: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
}

/// One autocomplete entry: a query text, optionally scoped to a category (then searching
/// should add `category=<id>`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Suggestion {
    pub text: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category: Option<Crumb>,
}

/// Maximum number of suggestions `GET /api/v1/suggest` returns.
pub const MAX_SUGGESTIONS: usize = 8;

/// The most characters of a search query that count (`q` of `/search` and `/suggest`, the
/// app's search box and `/search?q=` links): a longer query is cut, not refused.
pub const MAX_QUERY_CHARS: usize = 200;

/// `q` cut to its first [`MAX_QUERY_CHARS`] characters (Unicode scalar values, never inside
/// one), with the whitespace the cut leaves at its end trimmed.
pub fn cap_query(q: &str) -> &str {
    match q.char_indices().nth(MAX_QUERY_CHARS) {
        Some((end, _)) => q[..end].trim_end(),
        None => q,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn queries_are_cut_at_200_characters() {
        assert_eq!(cap_query("phone case"), "phone case");
        let long = "телефон ".repeat(300);
        let cut = cap_query(&long);
        assert!(
            cut.chars().count() <= MAX_QUERY_CHARS,
            "{}",
            cut.chars().count()
        );
        assert!(long.starts_with(cut) && !cut.ends_with(' '));
        let exact = "a".repeat(MAX_QUERY_CHARS);
        assert_eq!(cap_query(&exact), exact);
        let over = "é".repeat(MAX_QUERY_CHARS + 1);
        assert_eq!(cap_query(&over).chars().count(), MAX_QUERY_CHARS);
        // The app reads `/search?q=` links through the same cap.
        let q = SearchQuery::parse(&format!("q={}", "ab".repeat(1000)));
        assert_eq!(
            q.q.as_deref().map(|q| q.chars().count()),
            Some(MAX_QUERY_CHARS)
        );
    }

    #[test]
    fn attrs_round_trip_with_escapes() {
        let list = vec![
            AttrFilter {
                name: "Colour".into(),
                values: vec!["Black".into(), "Sky, blue".into()],
            },
            AttrFilter {
                name: "A=B;C".into(),
                values: vec!["100%".into()],
            },
        ];
        let s = AttrFilter::format_list(&list);
        assert_eq!(s, "Colour=Black,Sky%2C blue;A%3DB%3BC=100%25");
        assert_eq!(AttrFilter::parse_list(&s), list);
    }

    #[test]
    fn attrs_parse_is_lenient() {
        let got = AttrFilter::parse_list(";;=x;Size=;Size= M , L,M;junk;Brand=Acme;%zz=1");
        assert_eq!(
            got,
            vec![
                AttrFilter {
                    name: "Size".into(),
                    values: vec!["M".into(), "L".into()]
                },
                AttrFilter {
                    name: "Brand".into(),
                    values: vec!["Acme".into()]
                },
                AttrFilter {
                    name: "%zz".into(),
                    values: vec!["1".into()]
                },
            ]
        );
    }

    #[test]
    fn toggle_adds_and_removes() {
        let mut f = Vec::new();
        AttrFilter::toggle(&mut f, "Colour", "Red");
        AttrFilter::toggle(&mut f, "Colour", "Blue");
        assert_eq!(AttrFilter::format_list(&f), "Colour=Red,Blue");
        AttrFilter::toggle(&mut f, "Colour", "Red");
        AttrFilter::toggle(&mut f, "Colour", "Blue");
        assert!(f.is_empty());
    }

    #[test]
    fn query_round_trips_canonically() {
        let q = SearchQuery {
            q: Some("телефон & \"case\"".into()),
            category: Some(3),
            sort: Some(Sort::PriceAsc),
            price_min: Some(100),
            price_max: Some(5000),
            free_shipping: Some(true),
            ship_to: Some("RU".into()),
            delivery_days: Some(15),
            rating_min: Some(40),
            seller_positive_min: Some(950),
            ships_from: Some("CN,US".into()),
            attrs: Some("Colour=Black,White;Size=XL".into()),
            in_stock: Some(true),
            cursor: Some("abc".into()),
            limit: Some(48),
            lang: Some("ru".into()),
            seller: Some(7),
        };
        let s = q.to_query_string();
        assert!(s.starts_with("q=%D1%82"), "{s}");
        assert_eq!(SearchQuery::parse(&s), q);
        assert_eq!(SearchQuery::parse(&format!("?{s}")).to_query_string(), s);
        assert_eq!(SearchQuery::default().to_query_string(), "");
    }

    #[test]
    fn malformed_values_are_dropped() {
        let q = SearchQuery::parse(
            "q=+&category=abc&sort=bogus&price_min=-5&price_max=x&free_shipping=maybe&\
             ship_to=USA&delivery_days=0&rating_min=99&seller_positive_min=2000&\
             ships_from=1,,c n&attrs=%3B%3B&in_stock=2&limit=0&cursor=&unknown=1&%ZZ",
        );
        assert_eq!(q, SearchQuery::default());
        let q = SearchQuery::parse("limit=101&sort=price_desc&ships_from=cn,US,cn&q=a+b");
        assert_eq!(q.limit, None);
        assert_eq!(q.sort, Some(Sort::PriceDesc));
        assert_eq!(q.ships_from.as_deref(), Some("CN,US"));
        assert_eq!(q.q.as_deref(), Some("a b"));
    }

    #[test]
    fn inverted_price_range_is_kept_for_the_inline_message() {
        let q = SearchQuery::parse("price_min=500&price_max=100");
        assert!(q.price_range_inverted());
    }

    #[test]
    fn sort_names_match_serde() {
        for s in Sort::ALL {
            let json = serde_json::to_string(&s).unwrap_or_default();
            assert_eq!(json, format!("\"{}\"", s.as_str()));
            assert_eq!(Sort::parse(s.as_str()), Some(s));
        }
    }
}
