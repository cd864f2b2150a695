//! The plain rules: which products are similar, what became of a line bought again, when a
//! wish-listed price counts as dropped.

use crate::search::index::{Doc, SearchIndex};
use storefront_api::wishlist::BuyAgainStatus;

/// A similar product's price lies within this factor of the product's (both ways).
pub const PRICE_BAND: i64 = 2;

/// Similar items of `product_id`: products of the same subcategory, in stock, priced within
/// [`PRICE_BAND`] of it, best first by [`similarity`]; never the product itself. When the band
/// has fewer than `limit`, the rest of the subcategory follows by the same order.
pub fn similar(ix: &SearchIndex, product_id: i64, limit: usize) -> Vec<i64> {
    let Some(anchor) = ix.position(product_id).and_then(|p| ix.docs.get(p)) else {
        return Vec::new();
    };
    let mut candidates: Vec<&Doc> = ix
        .scope(None, Some(anchor.category), None)
        .iter()
        .filter_map(|&p| ix.docs.get(p as usize))
        .filter(|d| d.id != anchor.id && d.category == anchor.category && d.in_stock)
        .collect();
    candidates.sort_by(|a, b| {
        let (ia, ib) = (
            in_band(anchor.price, a.price),
            in_band(anchor.price, b.price),
        );
        ib.cmp(&ia)
            .then(similarity(anchor, b).total_cmp(&similarity(anchor, a)))
            .then(a.id.cmp(&b.id))
    });
    candidates.into_iter().take(limit).map(|d| d.id).collect()
}

/// Whether `price` is within [`PRICE_BAND`] of `anchor`.
pub fn in_band(anchor: i64, price: i64) -> bool {
    price * PRICE_BAND >= anchor && price <= anchor * PRICE_BAND
}

/// Higher is more similar: closeness in price (log ratio) weighs most, then how well the
/// product sells and is rated (the search index's own signals).
pub fn similarity(anchor: &Doc, d: &Doc) -> f64 {
    let ratio = (d.price.max(1) as f64 / anchor.price.max(1) as f64)
        .ln()
        .abs();
    let popularity = ((d.orders.max(0) + 1) as f64).ln() / 12.0;
    let rating = d.rating.clamp(0, 50) as f64 / 100.0;
    -3.0 * ratio + popularity + rating
}

/// What became of an order line: `paid` is the one-piece price paid at its quantity,
/// `now` the price at that quantity today and the stock (`None`: the SKU is gone).
pub fn buy_again_status(paid: i64, now: Option<(i64, i64)>) -> BuyAgainStatus {
    match now {
        None => BuyAgainStatus::Gone,
        Some((_, stock)) if stock <= 0 => BuyAgainStatus::OutOfStock,
        Some((price, _)) if price != paid => BuyAgainStatus::PriceChanged,
        Some(_) => BuyAgainStatus::Unchanged,
    }
}

/// The index and price of the cheapest SKU with stock (`[price, stock]` per SKU).
pub fn cheapest_in_stock(skus: &[[i64; 2]]) -> Option<(usize, i64)> {
    skus.iter()
        .enumerate()
        .filter(|(_, s)| s[1] > 0)
        .min_by_key(|(i, s)| (s[0], *i))
        .map(|(i, s)| (i, s[0]))
}

/// A wish-listed price counts as dropped when it is lower now, in the same currency.
pub fn price_dropped(added: i64, added_currency: &str, now: Option<i64>) -> bool {
    added_currency == "USD" && now.is_some_and(|n| n < added)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(id: i64, category: i64, price: i64, orders: i64, in_stock: bool) -> Doc {
        Doc {
            id,
            category,
            top: 1,
            seller: 1,
            price,
            orders,
            rating: 45,
            reviews: 10,
            free: true,
            ships_from: 0,
            fast_dmax: 10,
            no_ship: 0,
            in_stock,
            seller_pos: 900,
            attrs: Box::new([]),
        }
    }

    #[test]
    fn buy_again_reports_each_case() {
        assert_eq!(buy_again_status(500, None), BuyAgainStatus::Gone);
        assert_eq!(
            buy_again_status(500, Some((500, 0))),
            BuyAgainStatus::OutOfStock
        );
        assert_eq!(
            buy_again_status(500, Some((450, 3))),
            BuyAgainStatus::PriceChanged
        );
        assert_eq!(
            buy_again_status(500, Some((500, 3))),
            BuyAgainStatus::Unchanged
        );
    }

    #[test]
    fn cheapest_sku_skips_empty_ones() {
        assert_eq!(
            cheapest_in_stock(&[[300, 0], [500, 2], [400, 1]]),
            Some((2, 400))
        );
        assert_eq!(cheapest_in_stock(&[[300, 0]]), None);
    }

    #[test]
    fn price_drop_needs_a_lower_price_now() {
        assert!(price_dropped(1000, "USD", Some(999)));
        assert!(!price_dropped(1000, "USD", Some(1000)));
        assert!(!price_dropped(1000, "USD", None));
    }

    #[test]
    fn similarity_prefers_nearby_prices() {
        let anchor = doc(1, 7, 1000, 10, true);
        let near = doc(2, 7, 1100, 10, true);
        let far = doc(3, 7, 1900, 10, true);
        assert!(similarity(&anchor, &near) > similarity(&anchor, &far));
        assert!(in_band(1000, 1900) && in_band(1000, 500) && !in_band(1000, 2100));
    }
}
