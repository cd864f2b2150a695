//! The orders' audit log (table `order_events`).

use super::Result;
use sqlx::SqliteConnection;

pub async fn insert(
    conn: &mut SqliteConnection,
    order_id: i64,
    at: i64,
    actor: &str,
    kind: &str,
    details: &str,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO order_events (order_id, at, actor, kind, details) VALUES (?, ?, ?, ?, ?)",
    )
    .bind(order_id)
    .bind(at)
    .bind(actor)
    .bind(kind)
    .bind(details)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// (id, at, actor, kind, details JSON), in time order.
pub async fn list(
    conn: &mut SqliteConnection,
    order_id: i64,
) -> Result<Vec<(i64, i64, String, String, String)>> {
    sqlx::query_as(
        "SELECT id, at, actor, kind, details FROM order_events WHERE order_id = ? ORDER BY at, id",
    )
    .bind(order_id)
    .fetch_all(&mut *conn)
    .await
}
