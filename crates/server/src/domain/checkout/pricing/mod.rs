//! Cart pricing: tier prices, stock, per-seller grouping and shipping, coupons and their
//! pro-rata spread over lines. Deterministic: the same cart and data give the same quote.
//!
//! Shipping of one seller's parcel: only carriers that every available line of that seller ships
//! with to `ship_to` (the product page's shipping table); the parcel costs the dearest line's
//! cost with that carrier and takes the longest days.
//!
//! Coupons: seller coupons first, each on its seller's available lines (minimum judged on that
//! seller's subtotal); then one platform coupon on the items left after seller discounts
//! (minimum judged on that amount; shipping is never discounted). A discount is spread over its
//! lines in proportion to what they cost, largest remainders first, so the parts add up exactly.

mod rules;

pub use rules::*;

use crate::coupons::{self, Coupon};
use crate::domain::Result;
use crate::lang::Lang;
use crate::render;
use crate::seed::gen::Details;
use crate::store::catalogue::{self, PricedRow};
use sqlx::SqliteConnection;
use std::collections::{BTreeMap, HashMap};
use storefront_api::cart::*;
use storefront_api::PriceTier;

struct Product {
    row: PricedRow,
    details: Details,
    tiers: Vec<PriceTier>,
}

async fn load_products(
    conn: &mut SqliteConnection,
    ids: &[i64],
    lang: Lang,
) -> Result<HashMap<i64, Product>> {
    if ids.is_empty() {
        return Ok(HashMap::new());
    }
    let rows = catalogue::priced(conn, ids, lang).await?;
    let mut out = HashMap::new();
    for row in rows {
        let details: Details = serde_json::from_str(&row.details)?;
        let tiers = render::tiers(&details);
        out.insert(
            row.id,
            Product {
                row,
                details,
                tiers,
            },
        );
    }
    Ok(out)
}

/// Prices a normalised cart document (see [`normalise`]).
pub async fn quote(
    conn: &mut SqliteConnection,
    req: QuoteRequest,
    lang: Lang,
    now: i64,
) -> Result<Quote> {
    let ship_to = req.ship_to.clone().unwrap_or_else(|| "US".to_string());
    let mut ids: Vec<i64> = req.lines.iter().map(|l| l.product_id).collect();
    ids.sort_unstable();
    ids.dedup();
    let products = load_products(conn, &ids, lang).await?;

    // Price every line.
    let mut priced: Vec<QuotedLine> = Vec::with_capacity(req.lines.len());
    for l in &req.lines {
        let Some(p) = products.get(&l.product_id) else {
            priced.push(gone_line(l));
            continue;
        };
        let index = l.sku_id - l.product_id * 100;
        let Some(&[base, stock]) = usize::try_from(index)
            .ok()
            .and_then(|i| p.details.skus.get(i))
        else {
            priced.push(gone_line(l));
            continue;
        };
        let variants = render::variants(p.row.id, &p.row.colors, &p.details, p.row.images, lang);
        let sku = usize::try_from(index)
            .ok()
            .and_then(|i| variants.skus.get(i));
        let unit = tier_unit(base, percent_for(&p.tiers, l.quantity));
        let problem = if p.details.no_ship.contains(&ship_to) {
            Some(LineProblem::NotShippedTo)
        } else if stock <= 0 {
            Some(LineProblem::OutOfStock)
        } else if l.quantity > stock {
            Some(LineProblem::QuantityOverStock)
        } else {
            None
        };
        priced.push(QuotedLine {
            product_id: l.product_id,
            sku_id: l.sku_id,
            quantity: l.quantity,
            saved_for_later: l.saved_for_later,
            title: p.row.title.clone(),
            image: render::image_url(p.row.id, sku.map_or(0, |s| i64::from(s.image_index))),
            sku_label: sku.map(|s| s.values.join(" / ")).unwrap_or_default(),
            seller_id: p.row.seller_id,
            base_price: usd(base),
            unit_price: usd(unit),
            line_total: usd(unit * l.quantity),
            discount: usd(0),
            stock: stock.max(0),
            available: problem.is_none(),
            problem,
        });
    }

    // Group the lines not saved for later by seller, in order of first appearance.
    let mut saved = Vec::new();
    let mut groups: Vec<SellerGroup> = Vec::new();
    for line in priced {
        if line.saved_for_later {
            saved.push(line);
            continue;
        }
        let seller_id = line.seller_id;
        let at = match groups.iter().position(|g| g.seller_id == seller_id) {
            Some(at) => at,
            None => {
                let seller_name = products
                    .get(&line.product_id)
                    .map(|p| p.row.seller_name.clone())
                    .unwrap_or_default();
                groups.push(SellerGroup {
                    seller_id,
                    seller_name,
                    lines: Vec::new(),
                    shipping_options: Vec::new(),
                    shipping: None,
                    shipping_cost: usd(0),
                    subtotal: usd(0),
                    seller_discount: usd(0),
                    platform_discount: usd(0),
                    total: usd(0),
                });
                groups.len() - 1
            }
        };
        groups[at].lines.push(line);
    }

    // Shipping per seller and subtotals.
    let mut effective_shipping = BTreeMap::new();
    for g in groups.iter_mut() {
        g.subtotal = usd(g
            .lines
            .iter()
            .filter(|l| l.available)
            .map(|l| l.line_total.amount)
            .sum());
        let mut options: Option<Vec<CartShippingOption>> = None;
        for l in g.lines.iter().filter(|l| l.available) {
            let Some(p) = products.get(&l.product_id) else {
                continue;
            };
            let mine: Vec<CartShippingOption> = render::shipping(&p.details, &p.row.ships_from)
                .into_iter()
                .filter(|o| o.to_country == ship_to)
                .map(|o| CartShippingOption {
                    id: carrier_id(&o.carrier),
                    carrier: o.carrier,
                    cost: o.cost,
                    days_min: o.days_min,
                    days_max: o.days_max,
                    tracking: o.tracking,
                })
                .collect();
            options = Some(match options {
                None => mine,
                Some(prev) => prev
                    .into_iter()
                    .filter_map(|o| {
                        let other = mine.iter().find(|m| m.id == o.id)?;
                        Some(CartShippingOption {
                            cost: usd(o.cost.amount.max(other.cost.amount)),
                            days_min: o.days_min.max(other.days_min),
                            days_max: o.days_max.max(other.days_max),
                            tracking: o.tracking && other.tracking,
                            ..o
                        })
                    })
                    .collect(),
            });
        }
        let mut options = options.unwrap_or_default();
        options.sort_by(|a, b| {
            (a.cost.amount, a.days_max, &a.id).cmp(&(b.cost.amount, b.days_max, &b.id))
        });
        let mut seen = std::collections::HashSet::new();
        options.retain(|o| seen.insert(o.id.clone()));
        let chosen = req
            .shipping
            .get(&g.seller_id)
            .and_then(|id| options.iter().find(|o| &o.id == id))
            .or_else(|| options.first())
            .cloned();
        if let Some(c) = &chosen {
            g.shipping = Some(c.id.clone());
            g.shipping_cost = c.cost;
            effective_shipping.insert(g.seller_id, c.id.clone());
        }
        g.shipping_options = options;
    }

    // Coupons: look them up, seller coupons first, then one platform coupon.
    let mut found: Vec<(String, Option<Coupon>)> = Vec::new();
    for code in &req.coupons {
        found.push((code.clone(), coupons::find(conn, code).await?));
    }
    let mut results: Vec<Option<CouponResult>> = vec![None; found.len()];
    let result = |code: &str, c: Option<&Coupon>| CouponResult {
        code: code.to_string(),
        ok: false,
        scope: c.map(|c| {
            if c.seller_id.is_some() {
                CouponScope::Seller
            } else {
                CouponScope::Platform
            }
        }),
        seller_id: c.and_then(|c| c.seller_id),
        discount: usd(0),
        min_order: c.filter(|c| c.min_cents > 0).map(|c| usd(c.min_cents)),
        reason: None,
    };
    // Seller coupons.
    let mut seller_line_discounts: HashMap<(usize, usize), i64> = HashMap::new();
    for (i, (code, c)) in found.iter().enumerate() {
        let Some(coupon) = c else {
            results[i] = Some(CouponResult {
                reason: Some(CouponReason::CouponNotFound),
                ..result(code, None)
            });
            continue;
        };
        let Some(seller_id) = coupon.seller_id else {
            continue;
        };
        let mut r = result(code, Some(coupon));
        let group = groups
            .iter_mut()
            .enumerate()
            .find(|(_, g)| g.seller_id == seller_id && g.subtotal.amount > 0);
        r.reason = if coupon.expired(now) {
            Some(CouponReason::CouponExpired)
        } else {
            match group {
                None => Some(CouponReason::CouponNotApplicable),
                Some((_, g)) if g.seller_discount.amount > 0 => {
                    Some(CouponReason::CouponNotApplicable)
                }
                Some((_, g)) if g.subtotal.amount < coupon.min_cents => {
                    Some(CouponReason::CouponMinNotMet)
                }
                Some((gi, g)) => {
                    let d = coupon.discount(g.subtotal.amount);
                    g.seller_discount = usd(d);
                    let weights: Vec<i64> = g
                        .lines
                        .iter()
                        .map(|l| if l.available { l.line_total.amount } else { 0 })
                        .collect();
                    for (li, part) in allocate(d, &weights).into_iter().enumerate() {
                        seller_line_discounts.insert((gi, li), part);
                    }
                    r.ok = true;
                    r.discount = usd(d);
                    None
                }
            }
        };
        results[i] = Some(r);
    }
    // One platform coupon.
    let mut platform_applied = false;
    let mut platform_total = 0;
    let mut platform_parts: HashMap<(usize, usize), i64> = HashMap::new();
    for (i, (code, c)) in found.iter().enumerate() {
        let Some(coupon) = c.as_ref().filter(|c| c.seller_id.is_none()) else {
            continue;
        };
        let mut r = result(code, Some(coupon));
        let mut keys = Vec::new();
        let mut weights = Vec::new();
        for (gi, g) in groups.iter().enumerate() {
            for (li, l) in g.lines.iter().enumerate() {
                if l.available {
                    keys.push((gi, li));
                    weights.push(
                        l.line_total.amount
                            - seller_line_discounts.get(&(gi, li)).copied().unwrap_or(0),
                    );
                }
            }
        }
        let base: i64 = weights.iter().sum();
        r.reason = if coupon.expired(now) {
            Some(CouponReason::CouponExpired)
        } else if platform_applied {
            Some(CouponReason::CouponOnePlatformOnly)
        } else if base <= 0 {
            Some(CouponReason::CouponNotApplicable)
        } else if base < coupon.min_cents {
            Some(CouponReason::CouponMinNotMet)
        } else {
            let d = coupon.discount(base);
            for (k, part) in keys.into_iter().zip(allocate(d, &weights)) {
                platform_parts.insert(k, part);
            }
            platform_applied = true;
            platform_total = d;
            r.ok = true;
            r.discount = usd(d);
            None
        };
        results[i] = Some(r);
    }

    // Per-line discounts, group totals, summary.
    let mut summary = QuoteSummary {
        item_count: 0,
        items_total: usd(0),
        shipping_total: usd(0),
        seller_discounts: usd(0),
        platform_discount: usd(0),
        grand_total: usd(0),
    };
    let mut ready = !groups.is_empty();
    for (gi, g) in groups.iter_mut().enumerate() {
        let mut platform = 0;
        for (li, l) in g.lines.iter_mut().enumerate() {
            let s = seller_line_discounts.get(&(gi, li)).copied().unwrap_or(0);
            let p = platform_parts.get(&(gi, li)).copied().unwrap_or(0);
            platform += p;
            l.discount = usd(s + p);
            if l.available {
                summary.item_count += l.quantity;
            } else {
                ready = false;
            }
        }
        if g.shipping.is_none() {
            ready = false;
        }
        g.platform_discount = usd(platform);
        g.total = usd(g.subtotal.amount + g.shipping_cost.amount
            - g.seller_discount.amount
            - g.platform_discount.amount);
        summary.items_total.amount += g.subtotal.amount;
        summary.shipping_total.amount += g.shipping_cost.amount;
        summary.seller_discounts.amount += g.seller_discount.amount;
        summary.grand_total.amount += g.total.amount;
    }
    summary.platform_discount = usd(platform_total);
    Ok(Quote {
        ship_to: ship_to.clone(),
        sellers: groups,
        saved_for_later: saved,
        coupons: results.into_iter().flatten().collect(),
        summary,
        ready,
        request: QuoteRequest {
            lines: req.lines,
            ship_to: Some(ship_to),
            shipping: effective_shipping,
            coupons: req.coupons,
        },
    })
}

/// `normalise` then `quote`, answering `422` for a bad document.
pub async fn quote_request(
    conn: &mut SqliteConnection,
    req: QuoteRequest,
    lang: Lang,
) -> Result<Quote> {
    let req = normalise(req).map_err(invalid)?;
    quote(conn, req, lang, crate::auth::now()).await
}
