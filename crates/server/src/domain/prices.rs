//! Price changes of the catalogue (the demo operator's, as a seller editing a listing): every
//! SKU moves by the same amount so the listed price, the lowest one-piece SKU price, becomes
//! the new one; buyers who wish-listed the product are told of a drop in the same transaction
//! ([`crate::domain::inbox::notify::price_dropped`]).
//!
//! The search index keeps the prices it was built with (price filters and sorting) until the
//! server restarts; product pages, cards, the cart and checkout read the new price at once.

use super::{Error, Result};
use crate::seed::gen::Details;
use crate::store;
use crate::AppState;
use storefront_api::ErrorCode;

/// The highest price the operator may set, in cents.
pub const MAX_PRICE_CENTS: i64 = 100_000_000;

/// The product's prices before and after a change, and the buyers told of the drop.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Change {
    pub before: i64,
    pub after: i64,
    pub notified: u32,
}

/// SKU prices moved so that the lowest becomes `price` (each at least 1 cent); answers the
/// new lowest price (`price` unless there are no SKUs).
pub fn reprice(skus: &mut [[i64; 2]], price: i64) -> Option<i64> {
    let lowest = skus.iter().map(|s| s[0]).min()?;
    let delta = price - lowest;
    for s in skus.iter_mut() {
        s[0] = (s[0] + delta).max(1);
    }
    skus.iter().map(|s| s[0]).min()
}

/// The crossed-out price stays only while it is above the new price.
pub fn original_after(original: Option<i64>, price: i64) -> Option<i64> {
    original.filter(|o| *o > price)
}

/// Sets the listed price of `product_id` to `price` cents (see the module) and tells wishers
/// of a drop. `404 product_not_found`; `422 validation_failed` for a price out of range.
pub async fn change_price(s: &AppState, product_id: i64, price: i64) -> Result<Change> {
    if !(1..=MAX_PRICE_CENTS).contains(&price) {
        return Err(Error::Refused(
            storefront_api::Problem::new(
                ErrorCode::ValidationFailed,
                "The price must be 1 to 100,000,000 cents",
            )
            .with_field("price_cents", "out_of_range"),
        ));
    }
    let mut tx = s.pool.begin_with("BEGIN IMMEDIATE").await?;
    let row = store::products::price_row(&mut tx, product_id)
        .await?
        .ok_or_else(|| Error::refused(ErrorCode::ProductNotFound, "Product not found"))?;
    let mut details: Details = serde_json::from_str(&row.details)?;
    let after = reprice(&mut details.skus, price).unwrap_or(price);
    store::products::set_prices(
        &mut tx,
        product_id,
        after,
        original_after(row.original_cents, after),
        &serde_json::to_string(&details)?,
    )
    .await?;
    let notified = if after < row.price_cents {
        crate::domain::inbox::notify::price_dropped(&mut tx, product_id, after, s.clock.now())
            .await?
    } else {
        0
    };
    tx.commit().await?;
    Ok(Change {
        before: row.price_cents,
        after,
        notified,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_sku_moves_by_the_same_amount() {
        let mut skus = [[1999, 5], [2499, 0], [2099, 3]];
        assert_eq!(reprice(&mut skus, 1499), Some(1499));
        assert_eq!(skus, [[1499, 5], [1999, 0], [1599, 3]]);
        assert_eq!(reprice(&mut skus, 1999), Some(1999));
        assert_eq!(skus, [[1999, 5], [2499, 0], [2099, 3]]);
        assert_eq!(reprice(&mut [], 100), None);
    }

    #[test]
    fn the_crossed_out_price_stays_only_above_the_price() {
        assert_eq!(original_after(Some(3000), 2000), Some(3000));
        assert_eq!(original_after(Some(3000), 3000), None);
        assert_eq!(original_after(None, 10), None);
    }
}
