//! Idempotency keys of creations (table `checkout_requests`: checkout, pay-again, disputes),
//! per buyer and key. The rules are [`crate::domain::checkout::idempotency`].

use super::Result;
use sqlx::{SqliteConnection, SqlitePool};

/// The stored request: (fingerprint, answer status, answer body, created_at).
pub type Row = (String, Option<i64>, Option<String>, i64);

/// Inserts the key unless it exists; answers whether this call inserted it.
pub async fn insert(
    pool: &SqlitePool,
    buyer: i64,
    key: &str,
    fingerprint: &str,
    at: i64,
) -> Result<bool> {
    let inserted = sqlx::query(
        "INSERT INTO checkout_requests (buyer_id, key, fingerprint, created_at) \
         VALUES (?, ?, ?, ?) ON CONFLICT (buyer_id, key) DO NOTHING",
    )
    .bind(buyer)
    .bind(key)
    .bind(fingerprint)
    .bind(at)
    .execute(pool)
    .await?;
    Ok(inserted.rows_affected() == 1)
}

pub async fn load(pool: &SqlitePool, buyer: i64, key: &str) -> Result<Option<Row>> {
    sqlx::query_as(
        "SELECT fingerprint, status, response, created_at FROM checkout_requests \
         WHERE buyer_id = ? AND key = ?",
    )
    .bind(buyer)
    .bind(key)
    .fetch_optional(pool)
    .await
}

/// Deletes an unanswered key created at `created` (an abandoned claim).
pub async fn delete_abandoned(
    pool: &SqlitePool,
    buyer: i64,
    key: &str,
    created: i64,
) -> Result<()> {
    sqlx::query(
        "DELETE FROM checkout_requests WHERE buyer_id = ? AND key = ? \
         AND response IS NULL AND created_at = ?",
    )
    .bind(buyer)
    .bind(key)
    .bind(created)
    .execute(pool)
    .await?;
    Ok(())
}

pub async fn answer(
    conn: &mut SqliteConnection,
    buyer: i64,
    key: &str,
    status: u16,
    body: &str,
) -> Result<()> {
    sqlx::query(
        "UPDATE checkout_requests SET status = ?, response = ? WHERE buyer_id = ? AND key = ?",
    )
    .bind(i64::from(status))
    .bind(body)
    .bind(buyer)
    .bind(key)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// Deletes the key if it has no answer yet.
pub async fn release(pool: &SqlitePool, buyer: i64, key: &str) -> Result<()> {
    sqlx::query(
        "DELETE FROM checkout_requests WHERE buyer_id = ? AND key = ? AND response IS NULL",
    )
    .bind(buyer)
    .bind(key)
    .execute(pool)
    .await?;
    Ok(())
}
