//! The cart as the header sees it: a count of pieces, read from `localStorage`.
//! (Adding to the cart comes with the product page work; the stored shape is fixed here.)

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
}

#[cfg(test)]
mod tests {
    use super::*;

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
