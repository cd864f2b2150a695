//! Idempotency of creations (`POST /checkout`, pay-again, disputes), per buyer and key.
//!
//! The first request inserts the key row (unique per buyer and key) before doing anything, so
//! exactly one request owns it; the owner writes its answer into the row in the same transaction
//! that creates the payment and orders. Concurrent duplicates find the row and poll until the
//! answer is there, then replay it; a different body fingerprint is `422`. An owner whose
//! request is refused without effect (validation, `price_changed`, …) deletes the row, so the key
//! is not used up; a row left unanswered for two minutes (a crash) is taken over.

use crate::auth::now;
use crate::domain::{Error, Result};
use crate::store;
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

pub async fn claim(pool: &SqlitePool, buyer: i64, key: &str, fingerprint: &str) -> Result<Claim> {
    let deadline = Instant::now() + WAIT;
    loop {
        if store::idempotency::insert(pool, buyer, key, fingerprint, now()).await? {
            return Ok(Claim::Owner);
        }
        loop {
            let row = store::idempotency::load(pool, buyer, key).await?;
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
                        store::idempotency::delete_abandoned(pool, buyer, key, created).await?;
                        break;
                    }
                    if Instant::now() > deadline {
                        return Err(Error::internal(
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
) -> Result<()> {
    Ok(store::idempotency::answer(conn, buyer, key, status, body).await?)
}

/// Gives the key back after a refusal that changed nothing.
pub async fn release(pool: &SqlitePool, buyer: i64, key: &str) -> Result<()> {
    Ok(store::idempotency::release(pool, buyer, key).await?)
}
