//! The pure rules of pricing: checking and normalising a cart document, wholesale tiers, the
//! pro-rata spread of a discount, carrier ids, and the line of a product that is gone.

use crate::coupons;
use crate::domain::Error;
use crate::vocabulary::SHIP_TO;
use storefront_api::cart::*;
use storefront_api::{ErrorCode, FieldError, Money, PriceTier, Problem};

pub const COUPON_MAX_CHARS: usize = 32;

pub(super) fn field(name: impl Into<String>, code: &str) -> FieldError {
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
pub fn invalid(errors: Vec<FieldError>) -> Error {
    let mut p = Problem::new(ErrorCode::ValidationFailed, "The cart is not valid");
    p.errors = errors;
    Error::Refused(p)
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

pub(super) fn usd(c: i64) -> Money {
    Money::usd(c)
}

/// Where a quoted line sits, for the checkout: product data the orders snapshot.
pub(super) fn gone_line(l: &CartLineInput) -> QuotedLine {
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
