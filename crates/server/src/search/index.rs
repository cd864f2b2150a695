//! The in-memory filter index: one compact record per product, loaded at start. The catalogue
//! is read-only while serving, so filters, disjunctive facet counts and sorts run over memory
//! (a linear pass over the text matches, or over all products without `q`).

use crate::vocabulary::{color_index, COLORS, SHIP_TO};
use sqlx::SqlitePool;
use std::collections::HashMap;
use storefront_api::Sort;

#[derive(Debug, Clone)]
pub struct Doc {
    pub id: i64,
    pub category: i64,
    pub top: i64,
    pub seller: i64,
    pub price: i64,
    pub orders: i64,
    pub rating: i64,
    pub reviews: i64,
    pub free: bool,
    /// Index into [`SearchIndex::countries`].
    pub ships_from: u16,
    pub fast_dmax: u16,
    /// Bit `i` set: does not ship to `SHIP_TO[i]`.
    pub no_ship: u32,
    pub in_stock: bool,
    pub seller_pos: i64,
    /// Indexes into [`SearchIndex::attrs`].
    pub attrs: Box<[u32]>,
}

/// Facet attribute groups, in display order: internal key and English name.
pub const ATTR_GROUPS: [(&str, &str); 4] = [
    ("color", "Color"),
    ("size", "Size"),
    ("brand", "Brand"),
    ("material", "Material"),
];

#[derive(Debug, Clone)]
pub struct AttrValue {
    /// Index into [`ATTR_GROUPS`].
    pub group: usize,
    /// English value (what filters use).
    pub value: String,
    /// Colour index for localised labels.
    pub color: Option<usize>,
}

#[derive(Debug, Default)]
pub struct SearchIndex {
    /// Sorted by id.
    pub docs: Vec<Doc>,
    pub countries: Vec<String>,
    pub attrs: Vec<AttrValue>,
    attr_ids: HashMap<(usize, String), u32>,
    /// Positions in `docs` in each text-less order, by [`sort_slot`]: computed once at load,
    /// so listings without `q` never sort.
    sorted: Vec<Vec<u32>>,
    /// Largest category id (facet counters are indexed by id).
    pub max_category: i64,
    /// Positions in `docs` (ascending) per top category, per category and per seller: a
    /// category or store listing only visits its own products.
    by_top: HashMap<i64, Vec<u32>>,
    by_category: HashMap<i64, Vec<u32>>,
    by_seller: HashMap<i64, Vec<u32>>,
    /// Scored text matches per MATCH expression (the catalogue is read-only while serving).
    pub text_cache: TextCache,
}

/// Text matches as `(position in docs, relevance)`, shared between requests.
pub type Scored = std::sync::Arc<Vec<(usize, f64)>>;

/// A bounded memo of [`Scored`] text matches by FTS expression: popular queries and the
/// pages after the first skip the FTS query and bm25 (the dearest part of a text search).
/// When full it starts over, which is crude but bounded and never stale.
#[derive(Debug, Default)]
pub struct TextCache(std::sync::Mutex<HashMap<String, Scored>>);

impl TextCache {
    pub const CAPACITY: usize = 512;

    pub fn get(&self, key: &str) -> Option<Scored> {
        self.0.lock().ok()?.get(key).cloned()
    }

    pub fn put(&self, key: String, value: Scored) {
        if let Ok(mut m) = self.0.lock() {
            if m.len() >= Self::CAPACITY {
                m.clear();
            }
            m.insert(key, value);
        }
    }
}

/// Orders that can be precomputed (everything but text relevance), in slot order.
const PRESORTED: [Sort; 5] = [
    Sort::Orders,
    Sort::PriceAsc,
    Sort::PriceDesc,
    Sort::Newest,
    Sort::Rating,
];

/// Slot of a text-less sort in the precomputed orders (`best_match` without text is `orders`).
pub fn sort_slot(sort: Sort) -> usize {
    PRESORTED.iter().position(|s| *s == sort).unwrap_or(0)
}

/// The order of two products under a sort, ties by id (text relevance is not compared here).
pub fn cmp_docs(x: &Doc, y: &Doc, sort: Sort) -> std::cmp::Ordering {
    let primary = match sort {
        Sort::BestMatch | Sort::Orders => y.orders.cmp(&x.orders),
        Sort::PriceAsc => x.price.cmp(&y.price),
        Sort::PriceDesc => y.price.cmp(&x.price),
        Sort::Newest => y.id.cmp(&x.id),
        Sort::Rating => y.rating.cmp(&x.rating).then(y.reviews.cmp(&x.reviews)),
    };
    primary.then(x.id.cmp(&y.id))
}

impl SearchIndex {
    pub async fn load(pool: &SqlitePool) -> Result<SearchIndex, sqlx::Error> {
        let rows = crate::store::search::index_rows(pool).await?;
        let mut ix = SearchIndex::default();
        ix.docs.reserve(rows.len());
        for r in rows {
            let ships_from = match ix.countries.iter().position(|c| *c == r.ships_from) {
                Some(i) => i,
                None => {
                    ix.countries.push(r.ships_from.clone());
                    ix.countries.len() - 1
                }
            } as u16;
            let no_ship = r
                .no_ship
                .split(',')
                .filter_map(|c| SHIP_TO.iter().position(|s| *s == c))
                .fold(0u32, |m, i| m | (1 << i));
            let attrs: Box<[u32]> = r
                .attrs
                .split('|')
                .filter_map(|a| a.split_once('='))
                .filter_map(|(k, v)| ix.intern(k, v))
                .collect();
            ix.docs.push(Doc {
                id: r.id,
                category: r.category_id,
                top: r.top_category_id,
                seller: r.seller_id,
                price: r.price_cents,
                orders: r.orders_count,
                rating: r.rating_x10,
                reviews: r.reviews_count,
                free: r.free_shipping,
                ships_from,
                fast_dmax: r.fast_dmax.clamp(1, 120) as u16,
                no_ship,
                in_stock: r.in_stock,
                seller_pos: r.positive_feedback_x10,
                attrs,
            });
        }
        ix.presort();
        Ok(ix)
    }

    fn presort(&mut self) {
        let docs = &self.docs;
        self.sorted = PRESORTED
            .iter()
            .map(|sort| {
                let mut order: Vec<u32> = (0..docs.len() as u32).collect();
                order.sort_unstable_by(|a, b| {
                    cmp_docs(&docs[*a as usize], &docs[*b as usize], *sort)
                });
                order
            })
            .collect();
        self.max_category = docs
            .iter()
            .map(|d| d.category.max(d.top))
            .max()
            .unwrap_or(0);
        for (i, d) in docs.iter().enumerate() {
            let i = i as u32;
            self.by_top.entry(d.top).or_default().push(i);
            self.by_category.entry(d.category).or_default().push(i);
            self.by_seller.entry(d.seller).or_default().push(i);
        }
    }

    /// Positions (ascending) of a top category's, a category's or a seller's products.
    pub fn scope(&self, top: Option<i64>, category: Option<i64>, seller: Option<i64>) -> &[u32] {
        let list = match (top, category, seller) {
            (Some(t), _, _) => self.by_top.get(&t),
            (None, Some(c), _) => self.by_category.get(&c),
            (None, None, Some(s)) => self.by_seller.get(&s),
            (None, None, None) => None,
        };
        list.map(Vec::as_slice).unwrap_or(&[])
    }

    /// Positions of every product in a text-less order.
    pub fn sorted(&self, sort: Sort) -> &[u32] {
        self.sorted
            .get(sort_slot(sort))
            .map(Vec::as_slice)
            .unwrap_or(&[])
    }

    fn intern(&mut self, key: &str, value: &str) -> Option<u32> {
        let group = ATTR_GROUPS.iter().position(|(k, _)| *k == key)?;
        let (value, color) = if group == 0 {
            let c = color_index(value)?;
            (COLORS[c].2[0].to_string(), Some(c))
        } else {
            (value.to_string(), None)
        };
        if let Some(id) = self.attr_ids.get(&(group, value.clone())) {
            return Some(*id);
        }
        let id = self.attrs.len() as u32;
        self.attrs.push(AttrValue {
            group,
            value: value.clone(),
            color,
        });
        self.attr_ids.insert((group, value), id);
        Some(id)
    }

    /// Attribute value id by English group name (case-insensitive) and value.
    pub fn attr_id(&self, name: &str, value: &str) -> Option<u32> {
        let group = ATTR_GROUPS
            .iter()
            .position(|(_, n)| n.eq_ignore_ascii_case(name) || name == "Colour")?;
        self.attr_ids.get(&(group, value.to_string())).copied()
    }

    /// Index of a product in `docs`.
    pub fn position(&self, id: i64) -> Option<usize> {
        self.docs.binary_search_by_key(&id, |d| d.id).ok()
    }

    pub fn country_index(&self, code: &str) -> Option<u16> {
        self.countries
            .iter()
            .position(|c| c == code)
            .map(|i| i as u16)
    }
}

/// [`ship_to`] with the destination's lookups done once per request.
#[derive(Debug, Clone, Copy)]
pub struct ShipTo {
    bit: Option<usize>,
    home: Option<u16>,
    zone_days: u16,
}

impl ShipTo {
    pub fn new(ix: &SearchIndex, country: &str, country_bit: Option<usize>) -> Self {
        ShipTo {
            bit: country_bit,
            home: ix.country_index(country),
            zone_days: crate::render::zone(country).0,
        }
    }

    /// Same answer as [`ship_to`] for the destination this was made for.
    #[inline]
    pub fn of(&self, d: &Doc) -> Option<(u16, bool)> {
        let bit = self.bit?;
        if d.no_ship & (1 << bit) != 0 {
            return None;
        }
        let days = if self.home == Some(d.ships_from) {
            (d.fast_dmax / 3).max(3)
        } else {
            d.fast_dmax + self.zone_days
        };
        Some((days, d.free))
    }
}

/// Shipping of one product to a destination: `(days_max of the fastest method, free)`, or
/// `None` when it does not ship there. Mirrors `render::shipping`.
pub fn ship_to(
    ix: &SearchIndex,
    d: &Doc,
    country: &str,
    country_bit: Option<usize>,
) -> Option<(u16, bool)> {
    match country_bit {
        Some(bit) if d.no_ship & (1 << bit) != 0 => return None,
        None => return None,
        _ => {}
    }
    let home = ix.countries.get(d.ships_from as usize).map(String::as_str) == Some(country);
    let days = if home {
        (d.fast_dmax / 3).max(3)
    } else {
        d.fast_dmax + crate::render::zone(country).0
    };
    Some((days, d.free))
}
