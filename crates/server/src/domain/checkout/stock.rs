//! Stock of a SKU: taken at checkout, given back when an unpaid or cancelled order ends.

use crate::domain::{Error, Result};
use crate::store;
use sqlx::SqliteConnection;

/// A SKU's index within its product (SKU ids are `product_id × 100 + index`).
pub fn sku_index(product_id: i64, sku_id: i64) -> Option<u8> {
    let index = sku_id - product_id * 100;
    u8::try_from(index).ok().filter(|i| *i < 100)
}

/// Changes a SKU's stock in the product's details by `delta` (never below zero).
pub async fn adjust_stock(
    conn: &mut SqliteConnection,
    product_id: i64,
    sku_id: i64,
    delta: i64,
) -> Result<()> {
    let index = sku_index(product_id, sku_id)
        .ok_or_else(|| Error::internal("sku id outside its product"))?;
    if !store::products::adjust_stock(conn, product_id, index, delta).await? {
        return Err(Error::internal(format_args!(
            "stock of sku {sku_id} could not change by {delta}"
        )));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sku_ids_belong_to_their_product() {
        assert_eq!(sku_index(7, 700), Some(0));
        assert_eq!(sku_index(7, 799), Some(99));
        assert_eq!(sku_index(7, 800), None);
        assert_eq!(sku_index(7, 699), None);
    }
}
