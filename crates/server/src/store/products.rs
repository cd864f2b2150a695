//! What the order and dispute rules read and change of the catalogue: photo counts and stock.

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
