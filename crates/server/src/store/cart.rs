//! The signed-in buyers' stored carts (table `carts`: one JSON document per buyer).

use super::Result;

/// The stored cart document (JSON), if the buyer has one.
pub async fn document<'c, E>(executor: E, buyer_id: i64) -> Result<Option<String>>
where
    E: sqlx::Executor<'c, Database = sqlx::Sqlite>,
{
    sqlx::query_scalar("SELECT document FROM carts WHERE buyer_id = ?")
        .bind(buyer_id)
        .fetch_optional(executor)
        .await
}

/// Stores (replaces) the buyer's cart document.
pub async fn save<'c, E>(executor: E, buyer_id: i64, document: &str, now: i64) -> Result<()>
where
    E: sqlx::Executor<'c, Database = sqlx::Sqlite>,
{
    sqlx::query(
        "INSERT INTO carts (buyer_id, document, updated_at) VALUES (?, ?, ?) \
         ON CONFLICT (buyer_id) DO UPDATE SET document = excluded.document, \
         updated_at = excluded.updated_at",
    )
    .bind(buyer_id)
    .bind(document)
    .bind(now)
    .execute(executor)
    .await?;
    Ok(())
}
