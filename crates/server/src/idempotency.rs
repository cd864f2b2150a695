//! Idempotency of `POST /checkout`, per buyer and key.
//!
//! The first request inserts the key row (unique per buyer and key) before doing anything, so
//! exactly one request owns it; the owner writes its answer into the row in the same transaction
//! that creates the payment and orders. Concurrent duplicates find the row and poll until the
//! answer is there, then replay it; a different body fingerprint is `422`. An owner whose
//! request is refused without effect (validation, `price_changed`, …) deletes the row, so the key
//! is not used up; a row left unanswered for two minutes (a crash) is taken over.

use crate::auth::now;
use crate::error::{ApiError, ApiResult};
use sqlx::{SqliteConnection, SqlitePool};
use std::time::{Duration, Instant};

/// An unanswered claim older than this is considered abandoned.
const ABANDONED_SECS: i64 = 120;
/// How long a duplicate waits for the first request's answer.
const WAIT: Duration = Duration::from_secs(60);
const POLL: Duration = Duration::from_millis(25);

#[derive(Debug)]
pub enum Claim {
    /// This request goes ahead; it must [`answer`] or [`release`].
    Owner,
    /// The first request's answer.
    Replay { status: u16, body: String },
    /// The key was used with another body.
    Reused,
}

pub async fn claim(
    pool: &SqlitePool,
    buyer: i64,
    key: &str,
    fingerprint: &str,
) -> ApiResult<Claim> {
    let deadline = Instant::now() + WAIT;
    loop {
        let inserted = sqlx::query(
            "INSERT INTO checkout_requests (buyer_id, key, fingerprint, created_at) \
             VALUES (?, ?, ?, ?) ON CONFLICT (buyer_id, key) DO NOTHING",
        )
        .bind(buyer)
        .bind(key)
        .bind(fingerprint)
        .bind(now())
        .execute(pool)
        .await?;
        if inserted.rows_affected() == 1 {
            return Ok(Claim::Owner);
        }
        loop {
            let row: Option<(String, Option<i64>, Option<String>, i64)> = sqlx::query_as(
                "SELECT fingerprint, status, response, created_at FROM checkout_requests \
                 WHERE buyer_id = ? AND key = ?",
            )
            .bind(buyer)
            .bind(key)
            .fetch_optional(pool)
            .await?;
            match row {
                // Released by its owner: try to claim it again.
                None => break,
                Some((f, ..)) if f != fingerprint => return Ok(Claim::Reused),
                Some((_, Some(status), Some(body), _)) => {
                    return Ok(Claim::Replay {
                        status: u16::try_from(status).unwrap_or(500),
                        body,
                    })
                }
                Some((_, _, _, created)) => {
                    if now() - created > ABANDONED_SECS {
                        sqlx::query(
                            "DELETE FROM checkout_requests WHERE buyer_id = ? AND key = ? \
                             AND response IS NULL AND created_at = ?",
                        )
                        .bind(buyer)
                        .bind(key)
                        .bind(created)
                        .execute(pool)
                        .await?;
                        break;
                    }
                    if Instant::now() > deadline {
                        return Err(ApiError::internal(
                            "timed out waiting for the first request with this idempotency key",
                        ));
                    }
                    tokio::time::sleep(POLL).await;
                }
            }
        }
    }
}

/// Stores the owner's answer (call inside the transaction that makes the effects).
pub async fn answer(
    conn: &mut SqliteConnection,
    buyer: i64,
    key: &str,
    status: u16,
    body: &str,
) -> ApiResult<()> {
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

/// Gives the key back after a refusal that changed nothing.
pub async fn release(pool: &SqlitePool, buyer: i64, key: &str) -> ApiResult<()> {
    sqlx::query(
        "DELETE FROM checkout_requests WHERE buyer_id = ? AND key = ? AND response IS NULL",
    )
    .bind(buyer)
    .bind(key)
    .execute(pool)
    .await?;
    Ok(())
}
