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

use crate::coupons::{self, Coupon};
use crate::error::{ApiError, ApiResult};
use crate::lang::Lang;
use crate::render;
use crate::seed::gen::Details;
use crate::vocabulary::SHIP_TO;
use sqlx::{QueryBuilder, Sqlite, SqliteConnection};
use std::collections::{BTreeMap, HashMap};
use storefront_api::cart::*;
use storefront_api::{ErrorCode, FieldError, Money, PriceTier, Problem};

pub const COUPON_MAX_CHARS: usize = 32;

fn field(name: impl Into<String>, code: &str) -> FieldError {
    FieldError {
        field: name.into(),
        code: code.to_string(),
    }
}

/// Checks and normalises a cart document: `ship_to` (default `US`), line count and quantities,
/// repeated SKUs summed (capped), coupon codes upper-cased and de-duplicated.
pub fn normalise(req: QuoteRequest) -> Result<QuoteRequest, Vec<FieldError>> {
    let mut errors = Vec::new();
    let ship_to = req
        .ship_to
        .as_deref()
        .map(|c| c.trim().to_ascii_uppercase())
        .filter(|c| !c.is_empty())
        .unwrap_or_else(|| "US".to_string());
    if !SHIP_TO.contains(&ship_to.as_str()) {
        errors.push(field("ship_to", "country_not_shipped"));
    }
    if req.lines.len() > MAX_CART_LINES {
        errors.push(field("lines", "too_many"));
    }
    let mut lines: Vec<CartLineInput> = Vec::new();
    for (i, l) in req.lines.iter().enumerate() {
        if l.product_id <= 0 {
            errors.push(field(format!("lines/{i}/product_id"), "out_of_range"));
        }
        if l.sku_id <= 0 {
            errors.push(field(format!("lines/{i}/sku_id"), "out_of_range"));
        }
        if !(1..=MAX_LINE_QUANTITY).contains(&l.quantity) {
            errors.push(field(format!("lines/{i}/quantity"), "out_of_range"));
            continue;
        }
        match lines.iter_mut().find(|m| {
            m.product_id == l.product_id
                && m.sku_id == l.sku_id
                && m.saved_for_later == l.saved_for_later
        }) {
            Some(m) => m.quantity = (m.quantity + l.quantity).min(MAX_LINE_QUANTITY),
            None => lines.push(l.clone()),
        }
    }
    if req.coupons.len() > MAX_COUPONS {
        errors.push(field("coupons", "too_many"));
    }
    let mut codes: Vec<String> = Vec::new();
    for (i, c) in req.coupons.iter().enumerate() {
        let code = coupons::normalise(c);
        if code.chars().count() > COUPON_MAX_CHARS {
            errors.push(field(format!("coupons/{i}"), "too_long"));
        } else if !code.is_empty() && !codes.contains(&code) {
            codes.push(code);
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(QuoteRequest {
        lines,
        ship_to: Some(ship_to),
        shipping: req.shipping,
        coupons: codes,
    })
}

/// `422 validation_failed` with these field errors.
pub fn invalid(errors: Vec<FieldError>) -> ApiError {
    let mut p = Problem::new(ErrorCode::ValidationFailed, "The cart is not valid");
    p.errors = errors;
    ApiError(p)
}

#[derive(sqlx::FromRow)]
struct ProductRow {
    id: i64,
    seller_id: i64,
    seller_name: String,
    title: String,
    ships_from: String,
    colors: String,
    images: i64,
    details: String,
}

struct Product {
    row: ProductRow,
    details: Details,
    tiers: Vec<PriceTier>,
}

async fn load_products(
    conn: &mut SqliteConnection,
    ids: &[i64],
    lang: Lang,
) -> ApiResult<HashMap<i64, Product>> {
    if ids.is_empty() {
        return Ok(HashMap::new());
    }
    let mut q = QueryBuilder::<Sqlite>::new(format!(
        "SELECT p.id, p.seller_id, s.name AS seller_name, {} AS title, p.ships_from, \
         p.colors, p.images, d.details FROM products p \
         JOIN product_details d ON d.product_id = p.id JOIN sellers s ON s.id = p.seller_id \
         WHERE p.id IN (",
        lang.title_sql("p.")
    ));
    let mut sep = q.separated(", ");
    for id in ids {
        sep.push_bind(*id);
    }
    q.push(")");
    let rows: Vec<ProductRow> = q.build_query_as().fetch_all(&mut *conn).await?;
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

/// Percentage of the one-piece price at `quantity` (highest tier reached; 100 below all tiers).
pub fn percent_for(tiers: &[PriceTier], quantity: i64) -> i64 {
    tiers
        .iter()
        .filter(|t| t.min_quantity <= quantity && t.percent_of_base > 0)
        .max_by_key(|t| t.min_quantity)
        .map_or(100, |t| i64::from(t.percent_of_base))
}

/// One piece at a tier, rounded half up (the product page's rule).
pub fn tier_unit(base_cents: i64, percent: i64) -> i64 {
    (base_cents * percent + 50) / 100
}

/// Splits `total` over `weights` in proportion, each part at most its weight, parts summing to
/// `total` exactly (largest remainders first, then earlier lines).
pub fn allocate(total: i64, weights: &[i64]) -> Vec<i64> {
    let sum: i64 = weights.iter().map(|w| (*w).max(0)).sum();
    if sum <= 0 || total <= 0 {
        return vec![0; weights.len()];
    }
    let total = total.min(sum);
    let mut parts: Vec<i64> = Vec::with_capacity(weights.len());
    let mut rems: Vec<(i128, usize)> = Vec::with_capacity(weights.len());
    for (i, w) in weights.iter().enumerate() {
        let w = (*w).max(0) as i128;
        let exact = w * total as i128;
        parts.push((exact / sum as i128) as i64);
        rems.push((exact % sum as i128, i));
    }
    let mut left = total - parts.iter().sum::<i64>();
    rems.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    for (_, i) in rems {
        if left == 0 {
            break;
        }
        if parts[i] < weights[i] {
            parts[i] += 1;
            left -= 1;
        }
    }
    parts
}

/// Stable id of a carrier: lower-case words joined by `-` (`DHL Express` → `dhl-express`).
pub fn carrier_id(name: &str) -> String {
    name.split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_ascii_lowercase)
        .collect::<Vec<_>>()
        .join("-")
}

fn usd(c: i64) -> Money {
    Money::usd(c)
}

/// Where a quoted line sits, for the checkout: product data the orders snapshot.
fn gone_line(l: &CartLineInput) -> QuotedLine {
    QuotedLine {
        product_id: l.product_id,
        sku_id: l.sku_id,
        quantity: l.quantity,
        saved_for_later: l.saved_for_later,
        title: String::new(),
        image: String::new(),
        sku_label: String::new(),
        seller_id: 0,
        base_price: usd(0),
        unit_price: usd(0),
        line_total: usd(0),
        discount: usd(0),
        stock: 0,
        available: false,
        problem: Some(LineProblem::ProductGone),
    }
}

/// Prices a normalised cart document (see [`normalise`]).
pub async fn quote(
    conn: &mut SqliteConnection,
    req: QuoteRequest,
    lang: Lang,
    now: i64,
) -> ApiResult<Quote> {
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
) -> ApiResult<Quote> {
    let req = normalise(req).map_err(invalid)?;
    quote(conn, req, lang, crate::auth::now()).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn allocation_adds_up_and_respects_weights() {
        assert_eq!(allocate(100, &[1, 1, 1]), vec![1, 1, 1]);
        assert_eq!(allocate(10, &[100, 100, 100]), vec![4, 3, 3]);
        assert_eq!(allocate(500, &[1000, 3000]), vec![125, 375]);
        assert_eq!(allocate(7, &[0, 5, 5]), vec![0, 4, 3]);
        assert_eq!(allocate(5, &[]), Vec::<i64>::new());
        let parts = allocate(1999, &[333, 777, 1234, 5]);
        assert_eq!(parts.iter().sum::<i64>(), 1999);
    }

    #[test]
    fn tiers_and_ids() {
        let tiers = [
            PriceTier {
                min_quantity: 1,
                percent_of_base: 100,
            },
            PriceTier {
                min_quantity: 10,
                percent_of_base: 90,
            },
        ];
        assert_eq!(percent_for(&tiers, 9), 100);
        assert_eq!(percent_for(&tiers, 10), 90);
        assert_eq!(tier_unit(1999, 90), 1799);
        assert_eq!(
            carrier_id("AliExpress Standard Shipping"),
            "aliexpress-standard-shipping"
        );
    }

    #[test]
    fn normalising_sums_repeats_and_checks_fields() {
        let line = |q| CartLineInput {
            product_id: 1,
            sku_id: 100,
            quantity: q,
            saved_for_later: false,
        };
        let ok = normalise(QuoteRequest {
            lines: vec![line(2), line(3)],
            coupons: vec![" save10 ".into(), "SAVE10".into()],
            ..QuoteRequest::default()
        })
        .unwrap();
        assert_eq!(ok.lines.len(), 1);
        assert_eq!(ok.lines[0].quantity, 5);
        assert_eq!(ok.coupons, vec!["SAVE10".to_string()]);
        assert_eq!(ok.ship_to.as_deref(), Some("US"));
        let bad = normalise(QuoteRequest {
            lines: vec![line(0)],
            ship_to: Some("XX".into()),
            ..QuoteRequest::default()
        })
        .unwrap_err();
        assert_eq!(bad.len(), 2);
    }
}
