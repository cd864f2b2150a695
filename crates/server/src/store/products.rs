//! What the order and dispute rules and the operator's price change read and change of the
//! catalogue: photo counts, stock and prices.

use super::Result;
use sqlx::SqliteConnection;

/// How many photos the product has (`None`: no such product).
pub async fn image_count(conn: &mut SqliteConnection, product_id: i64) -> Result<Option<i64>> {
    let n: Option<(i64,)> = sqlx::query_as("SELECT images FROM products WHERE id = ?")
        .bind(product_id)
        .fetch_optional(&mut *conn)
        .await?;
    Ok(n.map(|(n,)| n))
}

/// Adds `delta` to the stock at `$.skus[index][1]` of the product's details unless it would go
/// below zero; answers whether it changed.
pub async fn adjust_stock(
    conn: &mut SqliteConnection,
    product_id: i64,
    index: u8,
    delta: i64,
) -> Result<bool> {
    // The path is built from an integer, never from request text.
    let path = format!("$.skus[{index}][1]");
    let done = sqlx::query(
        "UPDATE product_details SET details = json_set(details, ?1, json_extract(details, ?1) + ?2) \
         WHERE product_id = ?3 AND json_extract(details, ?1) + ?2 >= 0",
    )
    .bind(&path)
    .bind(delta)
    .bind(product_id)
    .execute(&mut *conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// The stock at `$.skus[index][1]` of the product's details (`None`: no such product or SKU).
pub async fn sku_stock(
    conn: &mut SqliteConnection,
    product_id: i64,
    index: u8,
) -> Result<Option<i64>> {
    // The path is built from an integer, never from request text.
    let stock: Option<Option<i64>> = sqlx::query_scalar(
        "SELECT json_extract(details, ?) FROM product_details WHERE product_id = ?",
    )
    .bind(format!("$.skus[{index}][1]"))
    .bind(product_id)
    .fetch_optional(&mut *conn)
    .await?;
    Ok(stock.flatten())
}

/// What a price change reads of a product: the listed (lowest one-piece) price, the crossed-out
/// price and the details JSON (its SKU prices).
#[derive(Debug, sqlx::FromRow)]
pub struct PriceRow {
    pub price_cents: i64,
    pub original_cents: Option<i64>,
    pub details: String,
}

/// The product's prices (`None`: no such product).
pub async fn price_row(conn: &mut SqliteConnection, product_id: i64) -> Result<Option<PriceRow>> {
    sqlx::query_as(
        "SELECT p.price_cents, p.original_cents, d.details FROM products p \
         JOIN product_details d ON d.product_id = p.id WHERE p.id = ?",
    )
    .bind(product_id)
    .fetch_optional(&mut *conn)
    .await
}

/// Writes a product's new prices: listed, crossed-out and the details JSON with the SKUs.
pub async fn set_prices(
    conn: &mut SqliteConnection,
    product_id: i64,
    price_cents: i64,
    original_cents: Option<i64>,
    details: &str,
) -> Result<()> {
    sqlx::query("UPDATE products SET price_cents = ?, original_cents = ? WHERE id = ?")
        .bind(price_cents)
        .bind(original_cents)
        .bind(product_id)
        .execute(&mut *conn)
        .await?;
    sqlx::query("UPDATE product_details SET details = ? WHERE product_id = ?")
        .bind(details)
        .bind(product_id)
        .execute(&mut *conn)
        .await?;
    Ok(())
}
