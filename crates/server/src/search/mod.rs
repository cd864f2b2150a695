//! Search and filtered listing: FTS5 over pre-stemmed text for `q`, then filters, disjunctive
//! facet counts, sorting and offset pages over the in-memory [`index::SearchIndex`]. Relevance
//! (bm25 + popularity) and the sort orders are [`rank`].

pub mod build;
pub mod index;
pub mod rank;
pub mod request;
pub mod suggest;
pub mod text;

use crate::catalog::summaries_by_ids;
use crate::categories::Categories;
use crate::error::{ApiError, ApiResult};
use crate::vocabulary::{self as words, ATTRIBUTE_NAMES, COLORS, OPTION_NAMES, SHIP_TO};
use index::{Doc, Scored, SearchIndex, ATTR_GROUPS};
use request::Request;
use sqlx::SqlitePool;
use std::collections::HashMap;
use storefront_api::{
    AttributeFacet, CategoryCount, Crumb, Cursor, DeliveryCount, ErrorCode, Facets, PriceBucket,
    PriceFacet, Related, SearchResult, ValueCount, DELIVERY_BUCKETS,
};

const PRICE: u32 = 1;
const FREE: u32 = 2;
const SHIPS_FROM: u32 = 4;
const DELIVERY: u32 = 8;
const RATING: u32 = 16;
const SELLER: u32 = 32;
const STOCK: u32 = 64;
/// Attribute group `g` uses bit `ATTR_BIT << g`.
const ATTR_BIT: u32 = 128;

/// Price bucket bounds in USD cents.
const PRICE_BOUNDS: [i64; 7] = [0, 500, 1000, 2500, 5000, 10_000, 25_000];
const MAX_FACET_VALUES: usize = 24;

struct Prepared {
    ship: index::ShipTo,
    ships_from: Vec<u16>,
    /// Per attribute group: accepted value ids, when filtered.
    attr_sets: Vec<Option<Vec<u32>>>,
}

#[inline]
fn fail_mask(r: &Request, p: &Prepared, d: &Doc) -> (u32, Option<(u16, bool)>) {
    let mut m = 0;
    if r.price_min.is_some_and(|v| d.price < v) || r.price_max.is_some_and(|v| d.price > v) {
        m |= PRICE;
    }
    let ship = p.ship.of(d);
    if r.free_shipping && !ship.is_some_and(|s| s.1) {
        m |= FREE;
    }
    if !r.ships_from.is_empty() && !p.ships_from.contains(&d.ships_from) {
        m |= SHIPS_FROM;
    }
    if let Some(days) = r.delivery_days {
        if ship.is_none_or(|s| s.0 > days) {
            m |= DELIVERY;
        }
    }
    if r.rating_min.is_some_and(|v| d.rating < v) {
        m |= RATING;
    }
    if r.seller_positive_min.is_some_and(|v| d.seller_pos < v) {
        m |= SELLER;
    }
    if r.in_stock && !d.in_stock {
        m |= STOCK;
    }
    for (g, set) in p.attr_sets.iter().enumerate() {
        if let Some(set) = set {
            if !d.attrs.iter().any(|a| set.contains(a)) {
                m |= ATTR_BIT << g;
            }
        }
    }
    (m, ship)
}

/// Facet counters; the maps are dense vectors indexed by category id, country index and
/// attribute value id (no hashing in the per-product loop).
struct Tally {
    categories: Vec<i64>,
    price_min: Option<i64>,
    price_max: Option<i64>,
    buckets: [i64; PRICE_BOUNDS.len()],
    free: i64,
    ships_from: Vec<i64>,
    delivery: [i64; DELIVERY_BUCKETS.len()],
    rating: i64,
    seller: i64,
    stock: i64,
    attrs: Vec<i64>,
}

impl Tally {
    fn new(ix: &SearchIndex) -> Tally {
        Tally {
            categories: vec![0; ix.max_category.clamp(0, 1 << 20) as usize + 1],
            price_min: None,
            price_max: None,
            buckets: [0; PRICE_BOUNDS.len()],
            free: 0,
            ships_from: vec![0; ix.countries.len()],
            delivery: [0; DELIVERY_BUCKETS.len()],
            rating: 0,
            seller: 0,
            stock: 0,
            attrs: vec![0; ix.attrs.len()],
        }
    }
}

fn bump<T: Into<usize>>(v: &mut [i64], i: T) {
    if let Some(c) = v.get_mut(i.into()) {
        *c += 1;
    }
}

fn ok_without(mask: u32, bit: u32) -> bool {
    mask & !bit == 0
}

#[inline]
fn tally(
    t: &mut Tally,
    ix: &SearchIndex,
    cat_top: Option<bool>,
    d: &Doc,
    mask: u32,
    ship: Option<(u16, bool)>,
) {
    if mask == 0 {
        let key = match cat_top {
            None => Some(d.top),
            Some(true) => Some(d.category),
            Some(false) => None,
        };
        if let Some(k) = key.and_then(|k| usize::try_from(k).ok()) {
            bump(&mut t.categories, k);
        }
    }
    if ok_without(mask, PRICE) {
        t.price_min = Some(t.price_min.map_or(d.price, |m| m.min(d.price)));
        t.price_max = Some(t.price_max.map_or(d.price, |m| m.max(d.price)));
        let b = PRICE_BOUNDS
            .iter()
            .rposition(|lo| d.price >= *lo)
            .unwrap_or(0);
        t.buckets[b] += 1;
    }
    if ok_without(mask, FREE) && ship.is_some_and(|s| s.1) {
        t.free += 1;
    }
    if ok_without(mask, SHIPS_FROM) {
        bump(&mut t.ships_from, d.ships_from);
    }
    if ok_without(mask, DELIVERY) {
        if let Some((days, _)) = ship {
            for (i, b) in DELIVERY_BUCKETS.iter().enumerate() {
                if days <= *b {
                    t.delivery[i] += 1;
                }
            }
        }
    }
    if ok_without(mask, RATING) && d.rating >= 40 {
        t.rating += 1;
    }
    if ok_without(mask, SELLER) && d.seller_pos >= 950 {
        t.seller += 1;
    }
    if ok_without(mask, STOCK) && d.in_stock {
        t.stock += 1;
    }
    for a in d.attrs.iter() {
        let g = ix.attrs.get(*a as usize).map(|v| v.group).unwrap_or(0);
        if ok_without(mask, ATTR_BIT << g) {
            bump(&mut t.attrs, *a as usize);
        }
    }
}

fn facets(t: Tally, ix: &SearchIndex, cats: &Categories, r: &Request) -> Facets {
    let l = r.lang.index();
    let mut categories: Vec<CategoryCount> = t
        .categories
        .into_iter()
        .enumerate()
        .filter(|(_, count)| *count > 0)
        .filter_map(|(id, count)| {
            let id = id as i64;
            let c = cats.get(id)?;
            Some(CategoryCount {
                id,
                slug: c.slug.clone(),
                name: c.name(r.lang),
                count,
            })
        })
        .collect();
    categories.sort_by(|a, b| b.count.cmp(&a.count).then(a.id.cmp(&b.id)));
    let buckets = PRICE_BOUNDS
        .iter()
        .enumerate()
        .filter(|(i, _)| t.buckets[*i] > 0)
        .map(|(i, lo)| PriceBucket {
            min_cents: *lo,
            max_cents: PRICE_BOUNDS.get(i + 1).map(|hi| hi - 1),
            count: t.buckets[i],
        })
        .collect();
    let mut ships_from: Vec<ValueCount> = t
        .ships_from
        .into_iter()
        .enumerate()
        .filter(|(_, count)| *count > 0)
        .filter_map(|(c, count)| {
            let code = ix.countries.get(c)?.clone();
            Some(ValueCount {
                label: code.clone(),
                value: code,
                count,
            })
        })
        .collect();
    ships_from.sort_by(|a, b| b.count.cmp(&a.count).then(a.value.cmp(&b.value)));
    let mut groups: Vec<Vec<ValueCount>> = vec![Vec::new(); ATTR_GROUPS.len()];
    for (a, count) in t.attrs.into_iter().enumerate() {
        if count == 0 {
            continue;
        }
        let Some(v) = ix.attrs.get(a) else {
            continue;
        };
        let label = v
            .color
            .and_then(|c| COLORS.get(c))
            .map(|c| c.2[l.min(5)].to_string())
            .unwrap_or_else(|| v.value.clone());
        if let Some(g) = groups.get_mut(v.group) {
            g.push(ValueCount {
                value: v.value.clone(),
                label,
                count,
            });
        }
    }
    let attributes = groups
        .into_iter()
        .enumerate()
        .filter(|(_, v)| !v.is_empty())
        .map(|(g, mut values)| {
            values.sort_by(|a, b| b.count.cmp(&a.count).then(a.value.cmp(&b.value)));
            values.truncate(MAX_FACET_VALUES);
            let (key, name) = ATTR_GROUPS[g];
            let table = if g < 2 {
                &OPTION_NAMES[..]
            } else {
                &ATTRIBUTE_NAMES[..]
            };
            AttributeFacet {
                name: name.to_string(),
                label: words::lookup6(table, key, l).unwrap_or(name).to_string(),
                values,
            }
        })
        .collect();
    Facets {
        categories,
        price: PriceFacet {
            min_cents: t.price_min,
            max_cents: t.price_max,
            buckets,
        },
        free_shipping: t.free,
        ships_from,
        delivery: DELIVERY_BUCKETS
            .iter()
            .zip(t.delivery)
            .map(|(days, count)| DeliveryCount { days: *days, count })
            .collect(),
        rating_4_plus: t.rating,
        seller_95_plus: t.seller,
        in_stock: t.stock,
        attributes,
    }
}

pub async fn search(
    pool: &SqlitePool,
    ix: &SearchIndex,
    cats: &Categories,
    r: Request,
) -> ApiResult<SearchResult> {
    let cat_top = match r.category {
        Some(id) => Some(
            cats.get(id)
                .ok_or_else(|| ApiError::not_found(ErrorCode::CategoryNotFound))?
                .parent_id
                .is_none(),
        ),
        None => None,
    };
    if let Some(s) = r.seller {
        let mut conn = pool.acquire().await?;
        if !crate::store::catalogue::seller_exists(&mut conn, s).await? {
            return Err(ApiError::not_found(ErrorCode::SellerNotFound));
        }
    }
    // Text: the matches with their scores, sorted after filtering. No text: every product in
    // the precomputed order of the sort, so only the page is collected.
    let text: Option<Scored> = match &r.q {
        Some(q) => Some(rank::text_matches(pool, ix, q).await?),
        None => None,
    };
    let prepared = Prepared {
        ship: index::ShipTo::new(ix, &r.ship_to, SHIP_TO.iter().position(|c| *c == r.ship_to)),
        ships_from: r
            .ships_from
            .iter()
            .filter_map(|c| ix.country_index(c))
            .collect(),
        attr_sets: (0..ATTR_GROUPS.len())
            .map(|g| {
                let f = r.attrs.iter().find(|f| {
                    ATTR_GROUPS[g].1.eq_ignore_ascii_case(&f.name)
                        || (g == 0 && f.name.eq_ignore_ascii_case("colour"))
                })?;
                Some(
                    f.values
                        .iter()
                        .filter_map(|v| ix.attr_id(ATTR_GROUPS[g].1, v))
                        .collect(),
                )
            })
            .collect(),
    };
    let unknown_attr = r.attrs.iter().any(|f| {
        !ATTR_GROUPS
            .iter()
            .any(|(_, n)| n.eq_ignore_ascii_case(&f.name) || f.name.eq_ignore_ascii_case("colour"))
    });
    let mut tally_ = Tally::new(ix);
    let scope = |d: &Doc| {
        !(r.category.is_some_and(|c| {
            if cat_top == Some(true) {
                d.top != c
            } else {
                d.category != c
            }
        }) || r.seller.is_some_and(|s| d.seller != s)
            || unknown_attr)
    };
    let end = r.offset.saturating_add(r.limit);
    let (total, page) = match text {
        Some(candidates) => {
            let mut hits: Vec<(usize, f64)> = Vec::new();
            for &(i, score) in candidates.iter() {
                let d = &ix.docs[i];
                if !scope(d) {
                    continue;
                }
                let (mask, ship) = fail_mask(&r, &prepared, d);
                tally(&mut tally_, ix, cat_top, d, mask, ship);
                if mask == 0 {
                    hits.push((i, score));
                }
            }
            rank::sort_hits(ix, &mut hits, r.sort);
            let page: Vec<i64> = hits
                .iter()
                .skip(r.offset)
                .take(r.limit)
                .map(|(i, _)| ix.docs[*i].id)
                .collect();
            (hits.len(), page)
        }
        None => {
            // One sequential pass over the listing's products (all, or the category's or
            // store's list) for the facets, marking hits in a bitset; then the page is read
            // off the precomputed sort order. Nothing is sorted per request.
            let mut hit = vec![0u64; ix.docs.len().div_ceil(64)];
            let mut total = 0usize;
            let mut visit = |i: usize| {
                let d = &ix.docs[i];
                if !scope(d) {
                    return;
                }
                let (mask, ship) = fail_mask(&r, &prepared, d);
                tally(&mut tally_, ix, cat_top, d, mask, ship);
                if mask == 0 {
                    hit[i / 64] |= 1 << (i % 64);
                    total += 1;
                }
            };
            let (top, category) = match (r.category, cat_top) {
                (Some(c), Some(true)) => (Some(c), None),
                (Some(c), _) => (None, Some(c)),
                _ => (None, None),
            };
            if r.category.is_none() && r.seller.is_none() {
                (0..ix.docs.len()).for_each(&mut visit);
            } else {
                for &i in ix.scope(top, category, r.seller) {
                    visit(i as usize);
                }
            }
            let mut page = Vec::with_capacity(r.limit.min(1000));
            if r.offset < total {
                let mut seen = 0usize;
                for &i in ix.sorted(r.sort) {
                    let i = i as usize;
                    if hit[i / 64] & (1 << (i % 64)) == 0 {
                        continue;
                    }
                    if seen >= r.offset {
                        page.push(ix.docs[i].id);
                    }
                    seen += 1;
                    if seen >= end {
                        break;
                    }
                }
            }
            (total, page)
        }
    };
    let next_cursor = (end < total).then(|| {
        Cursor {
            key: end as i64,
            id: r.fingerprint,
        }
        .encode()
    });
    let items = summaries_by_ids(pool, &page, r.lang)
        .await?
        .into_iter()
        .map(|(s, _)| s)
        .collect();
    let related = if total == 0 {
        related(pool, ix, cats, &r).await?
    } else {
        Related::default()
    };
    Ok(SearchResult {
        items,
        next_cursor,
        total: total as i64,
        facets: facets(tally_, ix, cats, &r),
        related,
    })
}

/// For an empty result: the query without the words that match nothing, popular titles and
/// the categories of products matching any word; without any, the biggest categories.
async fn related(
    pool: &SqlitePool,
    ix: &SearchIndex,
    cats: &Categories,
    r: &Request,
) -> ApiResult<Related> {
    let mut out = Related::default();
    let q = r.q.as_deref().unwrap_or("");
    let terms = text::query_terms(q);
    let mut any: Vec<i64> = Vec::new();
    if !terms.is_empty() {
        any = crate::store::search::best_matches(pool, &text::match_expr(&terms, " OR "), 300)
            .await?;
        let mut kept = Vec::new();
        for w in text::words(q) {
            let t = text::stem(&w);
            let expr = text::match_expr(&[t], " ");
            if crate::store::search::any_match(pool, &expr).await? {
                kept.push(w);
            }
        }
        let shorter = kept.join(" ");
        if !shorter.is_empty() && shorter != q.to_lowercase() {
            out.queries.push(shorter);
        }
    }
    let mut docs: Vec<&Doc> = any
        .iter()
        .filter_map(|id| ix.position(*id))
        .map(|i| &ix.docs[i])
        .collect();
    docs.sort_by(|a, b| b.orders.cmp(&a.orders).then(a.id.cmp(&b.id)));
    let top_ids: Vec<i64> = docs.iter().take(12).map(|d| d.id).collect();
    for (s, _) in summaries_by_ids(pool, &top_ids, r.lang).await? {
        let t = s.title.to_lowercase();
        if out.queries.len() < 5 && !out.queries.contains(&t) {
            out.queries.push(t);
        }
    }
    let mut by_cat: HashMap<i64, i64> = HashMap::new();
    for d in &docs {
        *by_cat.entry(d.category).or_default() += 1;
    }
    let mut cat_ids: Vec<(i64, i64)> = by_cat.into_iter().collect();
    cat_ids.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    if cat_ids.is_empty() {
        let mut tops: Vec<_> = cats
            .rows()
            .iter()
            .filter(|c| c.parent_id.is_none())
            .collect();
        tops.sort_by(|a, b| b.product_count.cmp(&a.product_count).then(a.id.cmp(&b.id)));
        cat_ids = tops.iter().map(|c| (c.id, c.product_count)).collect();
    }
    out.categories = cat_ids
        .iter()
        .take(6)
        .filter_map(|(id, _)| {
            let c = cats.get(*id)?;
            Some(Crumb {
                id: *id,
                slug: c.slug.clone(),
                name: c.name(r.lang),
            })
        })
        .collect();
    Ok(out)
}
