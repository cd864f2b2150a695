//! The cart as the header sees it: a count of pieces, read from `localStorage`.
//! The product page adds lines; the cart page itself comes with the checkout work.

use super::storage;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// One stored cart line.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CartLine {
    pub product_id: i64,
    pub sku_id: i64,
    pub quantity: i64,
}

/// Pieces in a stored cart; anything unreadable counts as an empty cart.
pub fn count_stored(raw: Option<&str>) -> i64 {
    raw.and_then(|r| serde_json::from_str::<Vec<CartLine>>(r).ok())
        .map(|lines| lines.iter().map(|l| l.quantity.clamp(0, 9999)).sum())
        .unwrap_or(0)
}

/// Most pieces of one line the cart keeps.
pub const MAX_LINE_QUANTITY: i64 = 9999;

/// The stored lines with `line` merged in (same SKU → quantities add up, capped).
/// Unreadable stored data is replaced rather than trusted.
pub fn merged(raw: Option<&str>, line: CartLine) -> Vec<CartLine> {
    let mut lines: Vec<CartLine> = raw
        .and_then(|r| serde_json::from_str(r).ok())
        .unwrap_or_default();
    lines.retain(|l| l.quantity > 0);
    match lines
        .iter_mut()
        .find(|l| l.product_id == line.product_id && l.sku_id == line.sku_id)
    {
        Some(l) => l.quantity = (l.quantity + line.quantity).clamp(1, MAX_LINE_QUANTITY),
        None if line.quantity > 0 => lines.push(CartLine {
            quantity: line.quantity.min(MAX_LINE_QUANTITY),
            ..line
        }),
        None => {}
    }
    lines
}

#[derive(Clone, Copy)]
pub struct Cart {
    pub count: RwSignal<i64>,
}

impl Cart {
    pub fn load() -> Self {
        Cart {
            count: RwSignal::new(count_stored(storage::get(storage::KEY_CART).as_deref())),
        }
    }

    /// Adds a line to the stored cart and updates the header count.
    pub fn add(&self, line: CartLine) {
        let lines = merged(storage::get(storage::KEY_CART).as_deref(), line);
        if let Ok(json) = serde_json::to_string(&lines) {
            storage::set(storage::KEY_CART, &json);
            self.count.set(count_stored(Some(&json)));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn adding_merges_lines_of_the_same_sku() {
        let line = |sku, quantity| CartLine {
            product_id: 1,
            sku_id: sku,
            quantity,
        };
        let once = merged(Some("garbage"), line(2, 3));
        assert_eq!(once, vec![line(2, 3)]);
        let json = serde_json::to_string(&once).unwrap_or_default();
        let twice = merged(Some(&json), line(2, 10));
        assert_eq!(twice, vec![line(2, 13)]);
        let json = serde_json::to_string(&twice).unwrap_or_default();
        assert_eq!(merged(Some(&json), line(3, 1)).len(), 2);
        assert_eq!(
            merged(Some(&json), line(2, 99_999)),
            vec![line(2, MAX_LINE_QUANTITY)]
        );
    }

    #[test]
    fn counts_pieces_and_survives_garbage() {
        assert_eq!(count_stored(None), 0);
        assert_eq!(count_stored(Some("not json")), 0);
        assert_eq!(count_stored(Some(r#"{"lines":1}"#)), 0);
        assert_eq!(
            count_stored(Some(
                r#"[{"product_id":1,"sku_id":2,"quantity":3},{"product_id":4,"sku_id":5,"quantity":-2}]"#
            )),
            3
        );
    }
}
