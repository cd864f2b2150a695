//! Counterfeit / IP-infringement reports (table `reports`); the evidence files live on disk.

use super::Result;
use sqlx::{SqliteConnection, SqlitePool};

/// The report stored under an Idempotency-Key: id, status, created_at, request hash.
pub async fn by_key(pool: &SqlitePool, key: &str) -> Result<Option<(i64, String, String, String)>> {
    sqlx::query_as(
        "SELECT id, status, created_at, request_hash FROM reports WHERE idempotency_key = ?",
    )
    .bind(key)
    .fetch_optional(pool)
    .await
}

/// What a new report stores (its status is `received`).
pub struct NewReport<'a> {
    pub product_id: i64,
    pub reason: &'a str,
    pub details: &'a str,
    pub contact_email: Option<&'a str>,
    /// JSON of the evidence files' descriptions.
    pub evidence: &'a str,
    pub created_at: &'a str,
    pub idempotency_key: &'a str,
    pub request_hash: &'a str,
}

/// Inserts a report; `None` when its Idempotency-Key is taken.
pub async fn insert(conn: &mut SqliteConnection, r: &NewReport<'_>) -> Result<Option<i64>> {
    sqlx::query_scalar::<_, i64>(
        "INSERT INTO reports (product_id, reason, details, contact_email, evidence, status, \
         created_at, idempotency_key, request_hash) VALUES (?, ?, ?, ?, ?, 'received', ?, ?, ?) \
         ON CONFLICT (idempotency_key) DO NOTHING RETURNING id",
    )
    .bind(r.product_id)
    .bind(r.reason)
    .bind(r.details)
    .bind(r.contact_email)
    .bind(r.evidence)
    .bind(r.created_at)
    .bind(r.idempotency_key)
    .bind(r.request_hash)
    .fetch_optional(&mut *conn)
    .await
}

pub async fn delete(pool: &SqlitePool, id: i64) -> Result<()> {
    sqlx::query("DELETE FROM reports WHERE id = ?")
        .bind(id)
        .execute(pool)
        .await?;
    Ok(())
}

/// A stored report: id, product, reason, details, contact e-mail, evidence (JSON), status,
/// created_at.
pub type ReportRow = (
    i64,
    i64,
    String,
    String,
    Option<String>,
    String,
    String,
    String,
);

/// Newest first, at most `limit`, optionally for one product.
pub async fn list(
    pool: &SqlitePool,
    product_id: Option<i64>,
    limit: i64,
) -> Result<Vec<ReportRow>> {
    sqlx::query_as(
        "SELECT id, product_id, reason, details, contact_email, evidence, status, created_at \
         FROM reports WHERE (?1 IS NULL OR product_id = ?1) ORDER BY id DESC LIMIT ?2",
    )
    .bind(product_id)
    .bind(limit)
    .fetch_all(pool)
    .await
}
