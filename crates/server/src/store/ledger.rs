//! The hold ledger's entries (table `hold_ledger`); the rules are [`crate::domain::hold`].

use super::Result;
use sqlx::SqliteConnection;

/// The order's entries in order: (kind, amount in cents, at).
pub async fn entries(
    conn: &mut SqliteConnection,
    order_id: i64,
) -> Result<Vec<(String, i64, i64)>> {
    sqlx::query_as("SELECT kind, amount_cents, at FROM hold_ledger WHERE order_id = ? ORDER BY id")
        .bind(order_id)
        .fetch_all(&mut *conn)
        .await
}

pub async fn insert(
    conn: &mut SqliteConnection,
    order_id: i64,
    kind: &str,
    amount: i64,
    at: i64,
) -> Result<()> {
    sqlx::query("INSERT INTO hold_ledger (order_id, kind, amount_cents, at) VALUES (?, ?, ?, ?)")
        .bind(order_id)
        .bind(kind)
        .bind(amount)
        .bind(at)
        .execute(&mut *conn)
        .await?;
    Ok(())
}
