//! Buyer accounts, their sessions (only a token's SHA-256 is stored) and the sign-in failures
//! that throttling counts.

use super::Result;
use sqlx::{SqliteConnection, SqlitePool};

/// An account as a session or a sign-in sees it.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct AccountRow {
    pub id: i64,
    pub email: String,
    pub name: String,
    pub created_at: String,
}

/// The id of the account with this (normalised) e-mail.
pub async fn id_by_email(pool: &SqlitePool, email: &str) -> Result<Option<i64>> {
    sqlx::query_scalar("SELECT id FROM buyers WHERE email = ?")
        .bind(email)
        .fetch_optional(pool)
        .await
}

/// Inserts an account; `None` when the e-mail is taken (also by a parallel registration).
/// Answers the id and `created_at`.
pub async fn insert(
    pool: &SqlitePool,
    email: &str,
    name: &str,
    password_hash: &str,
) -> Result<Option<(i64, String)>> {
    sqlx::query_as(
        "INSERT INTO buyers (email, name, password_hash, created_at) \
         VALUES (?, ?, ?, strftime('%Y-%m-%dT%H:%M:%SZ', 'now')) \
         ON CONFLICT (email) DO NOTHING RETURNING id, created_at",
    )
    .bind(email)
    .bind(name)
    .bind(password_hash)
    .fetch_optional(pool)
    .await
}

/// The account of an e-mail with its password hash: `(id, name, password_hash, created_at)`.
pub async fn credentials(
    pool: &SqlitePool,
    email: &str,
) -> Result<Option<(i64, String, String, String)>> {
    sqlx::query_as("SELECT id, name, password_hash, created_at FROM buyers WHERE email = ?")
        .bind(email)
        .fetch_optional(pool)
        .await
}

/// Stores a session (after dropping the buyer's expired ones).
pub async fn insert_session(
    pool: &SqlitePool,
    token_hash: &str,
    buyer_id: i64,
    now: i64,
    expires_at: i64,
) -> Result<()> {
    sqlx::query("DELETE FROM sessions WHERE buyer_id = ? AND expires_at <= ?")
        .bind(buyer_id)
        .bind(now)
        .execute(pool)
        .await?;
    sqlx::query("INSERT INTO sessions (token_hash, buyer_id, expires_at) VALUES (?, ?, ?)")
        .bind(token_hash)
        .bind(buyer_id)
        .bind(expires_at)
        .execute(pool)
        .await?;
    Ok(())
}

pub async fn delete_session(pool: &SqlitePool, token_hash: &str) -> Result<()> {
    sqlx::query("DELETE FROM sessions WHERE token_hash = ?")
        .bind(token_hash)
        .execute(pool)
        .await?;
    Ok(())
}

/// The account of a live session.
pub async fn by_session(
    pool: &SqlitePool,
    token_hash: &str,
    now: i64,
) -> Result<Option<AccountRow>> {
    sqlx::query_as(
        "SELECT b.id, b.email, b.name, b.created_at FROM sessions s \
         JOIN buyers b ON b.id = s.buyer_id WHERE s.token_hash = ? AND s.expires_at > ?",
    )
    .bind(token_hash)
    .bind(now)
    .fetch_optional(pool)
    .await
}

/// Forgets the sign-in failures at or before `since`.
pub async fn forget_failures(conn: &mut SqliteConnection, since: i64) -> Result<()> {
    sqlx::query("DELETE FROM login_failures WHERE at <= ?")
        .bind(since)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// How many failures an e-mail had after `since`, and when the last one was.
pub async fn failures_of_email(
    conn: &mut SqliteConnection,
    email: &str,
    since: i64,
) -> Result<(i64, Option<i64>)> {
    sqlx::query_as("SELECT COUNT(*), MAX(at) FROM login_failures WHERE email = ? AND at > ?")
        .bind(email)
        .bind(since)
        .fetch_one(&mut *conn)
        .await
}

/// How many failures a client address had after `since`, and when the last one was.
pub async fn failures_of_client(
    conn: &mut SqliteConnection,
    client: &str,
    since: i64,
) -> Result<(i64, Option<i64>)> {
    sqlx::query_as("SELECT COUNT(*), MAX(at) FROM login_failures WHERE client = ? AND at > ?")
        .bind(client)
        .bind(since)
        .fetch_one(&mut *conn)
        .await
}

/// Records an attempt as a failure; answers its id.
pub async fn insert_failure(
    conn: &mut SqliteConnection,
    email: &str,
    client: &str,
    at: i64,
) -> Result<i64> {
    sqlx::query_scalar(
        "INSERT INTO login_failures (email, client, at) VALUES (?, ?, ?) RETURNING id",
    )
    .bind(email)
    .bind(client)
    .bind(at)
    .fetch_one(&mut *conn)
    .await
}

pub async fn delete_failure(pool: &SqlitePool, id: i64) -> Result<()> {
    sqlx::query("DELETE FROM login_failures WHERE id = ?")
        .bind(id)
        .execute(pool)
        .await?;
    Ok(())
}

/// Forgets the e-mail's failures and the attempt `id`.
pub async fn forget_failures_of(pool: &SqlitePool, email: &str, id: i64) -> Result<()> {
    sqlx::query("DELETE FROM login_failures WHERE email = ? OR id = ?")
        .bind(email)
        .bind(id)
        .execute(pool)
        .await?;
    Ok(())
}
