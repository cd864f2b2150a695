//! What a purchase does to the buyer's stored cart: the bought pieces leave it.

use crate::domain::Result;
use crate::store;
use sqlx::SqliteConnection;
use storefront_api::cart::{CartLineInput, QuoteRequest};
use storefront_api::orders::OrderLine;

/// Takes the bought pieces out of the buyer's stored cart (lines saved for later stay): a line
/// bought whole leaves; a "Buy now" of fewer pieces than the cart holds leaves the rest.
pub async fn remove_bought(
    conn: &mut SqliteConnection,
    buyer_id: i64,
    bought: &[CartLineInput],
    now: i64,
) -> Result<()> {
    let Some(doc) = store::cart::document(&mut *conn, buyer_id).await? else {
        return Ok(());
    };
    let mut cart: QuoteRequest = serde_json::from_str(&doc)?;
    if take_bought(&mut cart.lines, bought) {
        store::cart::save(&mut *conn, buyer_id, &serde_json::to_string(&cart)?, now).await?;
    }
    Ok(())
}

/// Subtracts the bought pieces from the cart's lines; `true` when the lines changed.
pub fn take_bought(lines: &mut Vec<CartLineInput>, bought: &[CartLineInput]) -> bool {
    let before = lines.clone();
    for l in lines.iter_mut().filter(|l| !l.saved_for_later) {
        let pieces: i64 = bought
            .iter()
            .filter(|b| b.product_id == l.product_id && b.sku_id == l.sku_id && !b.saved_for_later)
            .map(|b| b.quantity)
            .sum();
        l.quantity -= pieces.max(0);
    }
    lines.retain(|l| l.saved_for_later || l.quantity > 0);
    *lines != before
}

/// The cart lines an order's lines were bought from.
pub fn bought(lines: &[OrderLine]) -> Vec<CartLineInput> {
    lines
        .iter()
        .map(|l| CartLineInput {
            product_id: l.product_id,
            sku_id: l.sku_id,
            quantity: l.quantity,
            saved_for_later: false,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bought_pieces_leave_the_cart_and_the_rest_stays() {
        let line = |sku: i64, quantity: i64, saved: bool| CartLineInput {
            product_id: 1,
            sku_id: sku,
            quantity,
            saved_for_later: saved,
        };
        let mut cart = vec![line(1, 2, false), line(2, 1, false), line(3, 1, true)];
        // "Buy now" of one piece of SKU 1: one stays; SKU 2 is bought whole.
        assert!(take_bought(
            &mut cart,
            &[line(1, 1, false), line(2, 1, false)]
        ));
        assert_eq!(cart, vec![line(1, 1, false), line(3, 1, true)]);
        // Saved for later is never bought; nothing else matches.
        assert!(!take_bought(
            &mut cart,
            &[line(3, 1, false), line(9, 1, false)]
        ));
        assert_eq!(cart, vec![line(1, 1, false), line(3, 1, true)]);
    }
}
